using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CallTracker.Pbx.Ari.Resources;

/// <summary>Sends ARI REST requests and turns non-2xx answers into <see cref="AriException"/> before anything is deserialised.</summary>
internal sealed class AriHttp(HttpClient http)
{
    public async Task<T> SendAsync<T>(HttpMethod method, string path, AriQuery? query, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(method, path, query, body, cancellationToken);
        var result = await response.Content.ReadFromJsonAsync<T>(AriJson.Options, cancellationToken);
        return result ?? throw new AriException($"ARI {method} {path} answered {(int)response.StatusCode} with an empty body.");
    }

    public async Task SendAsync(HttpMethod method, string path, AriQuery? query, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(method, path, query, body, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendCoreAsync(HttpMethod method, string path, AriQuery? query, object? body, CancellationToken cancellationToken)
    {
        var uri = "ari/" + path + (query?.ToString() ?? "");
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, AriJson.RequestOptions), Encoding.UTF8, "application/json");
        }

        var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var message = await ReadErrorMessageAsync(response, cancellationToken);
            throw new AriException(response.StatusCode, method.Method, "/ari/" + path, message);
        }
    }

    private static async Task<string?> ReadErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return response.StatusCode == HttpStatusCode.Unauthorized ? "Authentication required" : null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            // Asterisk answers {"message": ...}, except an unknown channel technology: {"error": "Allocation failed"}.
            foreach (var field in (string[])["message", "error"])
            {
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty(field, out var value)
                    && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML error page, say): the raw text still tells the admin what happened.
        }

        return text.Length > 300 ? text[..300] : text;
    }
}
