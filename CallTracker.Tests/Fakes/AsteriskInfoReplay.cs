using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Fakes;

/// <summary>
/// Transcript 01 is not NDJSON entries but answers under <c># REST:</c> comments: <c>/asterisk/info</c> (Basic and
/// <c>api_key</c>), <c>/asterisk/ping</c>, <c>/applications</c> with no socket, a wrong password. The fake must answer
/// with the same JSON shape (keys at every level). <c>GET /sounds/hello-world</c> is not modelled and skipped.
/// </summary>
internal static class AsteriskInfoReplay
{
    public static async Task AssertMatchesAsync(Transcript transcript, CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        using var http = new HttpClient { BaseAddress = asterisk.BaseUri };
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("calltracker:secret")));
        var lines = transcript.Comments;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (!lines[i].StartsWith("# REST:", StringComparison.Ordinal))
            {
                continue;
            }

            var step = lines[i];
            var recorded = JsonNode.Parse(lines[i + 1]);
            var (path, credentials) = step switch
            {
                _ when step.Contains("wrong password", StringComparison.Ordinal) => ("ari/asterisk/info", new AuthenticationHeaderValue("Basic", "Y2FsbHRyYWNrZXI6d3Jvbmc=")),
                _ when step.Contains("api_key", StringComparison.Ordinal) => ("ari/asterisk/info?api_key=calltracker:secret", null),
                _ when step.Contains("/ari/asterisk/info", StringComparison.Ordinal) => ("ari/asterisk/info", basic),
                _ when step.Contains("/ari/asterisk/ping", StringComparison.Ordinal) => ("ari/asterisk/ping", basic),
                _ when step.Contains("/ari/applications", StringComparison.Ordinal) => ("ari/applications", basic),
                _ => (string.Empty, basic),
            };
            if (path.Length == 0)
            {
                continue;
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Authorization = credentials;
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (recorded is JsonObject { } error && (int?)error["http_status"] is { } status)
            {
                Assert.That((int)response.StatusCode, Is.EqualTo(status), step);
                continue;
            }

            Assert.That(Shape(JsonNode.Parse(body)), Is.EqualTo(Shape(recorded)), step);
        }
    }

    /// <summary>The keys at every level, e.g. <c>{build:{os,kernel},system:{...}}</c>; arrays by their first element.</summary>
    private static string Shape(JsonNode? node) => node switch
    {
        JsonObject json => "{" + string.Join(',', json.Select(p => p.Key + ":" + Shape(p.Value))) + "}",
        JsonArray array => "[" + (array.Count == 0 ? string.Empty : Shape(array[0])) + "]",
        _ => "v",
    };
}
