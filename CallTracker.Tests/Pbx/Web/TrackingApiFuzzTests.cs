using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CallTracker.Tests.Pbx.Hosting;
using static CallTracker.Tests.Pbx.Web.TrackingHost;

namespace CallTracker.Tests.Pbx.Web;

/// <summary>Thousands of malformed requests to the public tracking API: none may crash it or be answered without a reason.</summary>
public sealed class TrackingApiFuzzTests
{
    private const int Requests = 3_000;

    private static readonly string[] Origins = [AllowedOrigin, "https://evil.example", "null", "", "https://shop.example:99999"];
    private static readonly string[] ContentTypes = ["text/plain", "application/json", "application/json; charset=utf-8", "text/html", "x/\u0001", ""];
    private static readonly string[] Sites = ["shop", "SHOP", "nosuchsite", "%00", "sh%C3%B6p", new string('s', 300)];

    [Test]
    [CancelAfter(120_000)]
    public async Task Malformed_requests_are_all_answered_below_500_with_a_reason_and_log_no_error(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, ServiceFolder.ValidTracking.Replace("\"HoldMinutes\": 30,", "\"HoldMinutes\": 30, \"Limits\": { \"SessionStartsPerClientPerMinute\": 10000, \"SessionStartsPerSitePerMinute\": 100000 },", StringComparison.Ordinal));
        var random = new Random(20261202);
        var requests = Enumerable.Range(0, Requests).Select(_ => Request(random)).ToList();

        var answers = new List<(HttpStatusCode Status, string Body, string What)>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (request, token) =>
        {
            var what = $"{request.Method} {request.RequestUri} {request.Content?.Headers.ContentType}";
            using var response = await host.Http.SendAsync(request, token);
            var body = await response.Content.ReadAsStringAsync(token);
            request.Dispose();
            lock (answers)
            {
                answers.Add((response.StatusCode, body, what));
            }
        });
        using var health = await host.AdminHttp.GetAsync(new Uri("/api/tracking/pools", UriKind.Relative), cancellationToken);

        var failures = answers.Where(a => (int)a.Status >= 500).Select(a => $"{(int)a.Status} {a.What}").ToList();
        // Kestrel itself refuses an encoded NUL in the path (400, no body) before any endpoint runs.
        var unexplained = answers
            .Where(a => a.Status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnsupportedMediaType)
            .Where(a => !a.Body.Contains("\"detail\"", StringComparison.Ordinal) && !a.Body.Contains("\"errors\"", StringComparison.Ordinal))
            .Where(a => !a.What.Contains("%00", StringComparison.Ordinal))
            .Select(a => a.What)
            .ToList();
        Assert.That(failures, Is.Empty);
        Assert.That(unexplained, Is.Empty);
        Assert.That(answers.Count(a => a.Status == HttpStatusCode.OK), Is.GreaterThan(0), "some mutations stay valid: the fuzz reaches the handlers");
        Assert.That(answers.Count(a => a.Status == HttpStatusCode.BadRequest), Is.GreaterThan(Requests / 10));
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(host.LogText(), Does.Not.Contain("ERROR").And.Not.Contain("Exception"));
    }

    private static HttpRequestMessage Request(Random random)
    {
        var site = Sites[random.Next(Sites.Length)];
        var path = random.Next(3) == 0
            ? $"/api/tracking/sites/{site}/sessions/{SessionId(random)}/pings"
            : $"/api/tracking/sites/{site}/sessions";
        var method = random.Next(10) == 0 ? HttpMethod.Options : HttpMethod.Post;
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        var origin = Origins[random.Next(Origins.Length)];
        if (origin.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        if (method == HttpMethod.Post)
        {
            request.Content = new ByteArrayContent(Body(random));
            var contentType = ContentTypes[random.Next(ContentTypes.Length)];
            if (contentType.Length > 0)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        return request;
    }

    private static string SessionId(Random random) => random.Next(4) switch
    {
        0 => Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant(),
        1 => "%00%0d%0a",
        2 => new string('f', random.Next(0, 200)),
        _ => Uri.EscapeDataString("../" + (char)random.Next(0x20, 0x2FF)),
    };

    /// <summary>A valid visit or ping, then damaged one way or another.</summary>
    private static byte[] Body(Random random)
    {
        var valid = random.Next(2) == 0
            ? Visit("visitor-" + random.Next(1_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture))
            : """{"page":"https://shop.example/a"}""";
        var bytes = Encoding.UTF8.GetBytes(valid).ToList();
        switch (random.Next(8))
        {
            case 0:
                return [.. bytes];
            case 1:
                return [.. bytes.Take(random.Next(bytes.Count))];
            case 2:
                bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                return [.. bytes];
            case 3:
                bytes.InsertRange(random.Next(bytes.Count), Encoding.UTF8.GetBytes(new string('[', random.Next(1, 5_000))));
                return [.. bytes];
            case 4:
                return Encoding.UTF8.GetBytes(valid.Replace("https://", random.Next(2) == 0 ? "javascript:" : "https://\u0000\u001f", StringComparison.Ordinal));
            case 5:
                return Encoding.UTF8.GetBytes(valid.Replace("\"desktop\"", random.Next(2) == 0 ? "12345678901234567890" : "{\"a\":[1,2,{}]}", StringComparison.Ordinal));
            case 6:
                var noise = new byte[random.Next(0, 20_000)];
                random.NextBytes(noise);
                return noise;
            default:
                return Encoding.UTF8.GetBytes(valid.Replace("visitor-", "\ud83d\ude00\u202e" + new string('x', random.Next(70)), StringComparison.Ordinal));
        }
    }
}
