using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Pbx.Web;

namespace CallTracker.Tests.Pbx.Callbacks;

/// <summary>A site's page calling the service: tracking sessions and callback requests, from the shop's origin unless told otherwise.</summary>
internal sealed class CallbackApiClient(Uri serviceAddress) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = serviceAddress };

    public static string Body(string phone, string site = "shop", string? sessionId = null, string? route = null) =>
        JsonSerializer.Serialize(new { site, phone, sessionId, route });

    public async Task<HttpResponseMessage> PostAsync(string path, string json, CancellationToken cancellationToken, string? origin = TrackingHost.AllowedOrigin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await http.SendAsync(request, cancellationToken);
    }

    /// <returns>The new callback's id.</returns>
    public async Task<string> RequestAsync(string json, CancellationToken cancellationToken)
    {
        using var response = await PostAsync("/api/callbacks", json, cancellationToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync(cancellationToken));
        return (await TrackingHost.JsonAsync(response, cancellationToken)).GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> GetAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri("/api/callbacks/" + id, UriKind.Relative), cancellationToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await TrackingHost.JsonAsync(response, cancellationToken);
    }

    /// <summary>Waits until the callback is in <paramref name="state"/>, and returns it.</summary>
    public async Task<JsonElement> WaitForStateAsync(string id, string state, CancellationToken cancellationToken)
    {
        var callback = default(JsonElement);
        await Eventually.ThatAsync(
            async () =>
            {
                callback = await GetAsync(id, cancellationToken);
                return callback.GetProperty("state").GetString() == state;
            },
            $"callback {id} is {state}",
            cancellationToken);
        return callback;
    }

    /// <summary>A paid visit from Google (campaign "spring") on the shop; returns its session id.</summary>
    public async Task<string> StartSessionAsync(CancellationToken cancellationToken)
    {
        using var response = await PostAsync("/api/tracking/sites/shop/sessions", TrackingHost.Visit("visitor-callback-1"), cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await TrackingHost.JsonAsync(response, cancellationToken)).GetProperty("sessionId").GetString()!;
    }

    public void Dispose() => http.Dispose();
}
