using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CallTracker.Tests.Pbx.Hosting;
using static CallTracker.Tests.Pbx.Web.TrackingHost;

namespace CallTracker.Tests.Pbx.Web;

/// <summary>The public tracking API's limits: rate of session starts, URLs and referrers it refuses, client errors it answers quietly.</summary>
[CancelAfter(30_000)]
public sealed class TrackingApiLimitsTests
{
    [Test]
    public async Task A_client_starting_sessions_faster_than_its_limit_gets_429_with_Retry_After(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, Limits("\"SessionStartsPerClientPerMinute\": 3"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await host.PostAsync(SessionsPath, Visit($"visitor-{i:D2}"), cancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(60)));
            }
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
    }

    [Test]
    public async Task A_site_is_limited_across_clients_while_pings_and_other_clients_pass_the_client_limit(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, Limits("\"SessionStartsPerClientPerMinute\": 1, \"SessionStartsPerSitePerMinute\": 2, \"ClientAddressHeader\": \"X-Forwarded-For\""));

        var first = await StartFromAsync(host, "10.0.0.1", cancellationToken);
        var second = await StartFromAsync(host, "10.0.0.9, 10.0.0.2", cancellationToken);
        var third = await StartFromAsync(host, "10.0.0.3", cancellationToken);
        using var ping = await host.PostAsync($"{SessionsPath}/{first.SessionId}/pings", """{"page":"https://shop.example/a"}""", cancellationToken);

        Assert.That((first.Status, second.Status, third.Status, ping.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK)));
    }

    [TestCase("landingUrl", "https://shop.example/\u0007bell")]
    [TestCase("landingUrl", "https://shop.example/\r\nSet-Cookie: x")]
    [TestCase("referrer", "javascript:alert(1)")]
    [TestCase("referrer", "file:///etc/passwd")]
    [TestCase("referrer", "data:text/html,hi")]
    public async Task Control_characters_in_urls_and_non_web_referrers_are_answered_400_naming_the_field(string field, string value, CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken);
        var visit = new Dictionary<string, string> { ["landingUrl"] = "https://shop.example/", [field] = value };

        using var response = await host.PostAsync(SessionsPath, JsonSerializer.Serialize(visit), cancellationToken);
        var errors = (await JsonAsync(response, cancellationToken)).GetProperty("errors");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Malformed_chunked_bodies_are_answered_400_and_logged_only_at_debug(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken);
        var address = new Uri(host.Http.BaseAddress!, SessionsPath);

        var answers = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            answers.Add(await SendRawAsync(address, "Transfer-Encoding: chunked\r\n\r\nZZ-not-hex\r\n{}\r\n0\r\n\r\n", cancellationToken));
        }

        var log = host.LogText();
        Assert.That(answers, Has.All.StartWith("HTTP/1.1 400"));
        Assert.That(log, Does.Not.Contain("ERROR").And.Not.Contain("BadHttpRequest").And.Not.Contain("Client error"));
    }

    private static async Task<(HttpStatusCode Status, string? SessionId)> StartFromAsync(TrackingHost host, string forwardedFor, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SessionsPath) { Content = new StringContent(Visit("visitor-" + forwardedFor.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture)), Encoding.UTF8, "text/plain") };
        request.Headers.Add("Origin", AllowedOrigin);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await host.Http.SendAsync(request, cancellationToken);
        var id = response.IsSuccessStatusCode ? (await JsonAsync(response, cancellationToken)).GetProperty("sessionId").GetString() : null;
        return (response.StatusCode, id);
    }

    /// <summary>One request written by hand, for framing HttpClient refuses to produce; returns the status line and headers.</summary>
    private static async Task<string> SendRawAsync(Uri address, string headersAndBody, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, cancellationToken);
        await using var stream = client.GetStream();
        var request = $"POST {address.PathAndQuery} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: text/plain\r\nConnection: close\r\n{headersAndBody}";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancellationToken);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private static string Limits(string limits) =>
        ServiceFolder.ValidTracking.Replace("\"HoldMinutes\": 30,", $"\"HoldMinutes\": 30, \"Limits\": {{ {limits} }},", StringComparison.Ordinal);
}
