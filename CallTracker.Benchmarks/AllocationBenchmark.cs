using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CallTracker.Pbx.Hosting;
using CallTracker.Pbx.Tracking;
using CallTracker.Pbx.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallTracker.Benchmarks;

/// <summary>
/// Session start (validation, rules, pool allocation, one SQLite transaction) and ping over real HTTP, against a
/// bare endpoint of the same server that parses the same body and answers the same shape without doing the work:
/// the difference is what number tracking costs. Client and server share the machine's cores.
/// </summary>
internal static class AllocationBenchmark
{
    private const int Concurrency = 64;
    private const string SessionsPath = "/api/tracking/sites/shop/sessions";
    private const string BarePath = "/api/tracking/sites/bench/bare";

    private static int visitorAddresses;

    public static async Task RunAsync(BenchmarkSize size, CancellationToken cancellationToken)
    {
        var (requests, warmup) = (size.Requests, size.Warmup);
        using var folder = new ServiceFolder(poolSize: 2 * (requests + warmup), holdMinutes: 30);
        // No log providers: the run measures the service, not the console.
        await using var app = CallTrackerHost.Build([], folder.Path, builder => builder.Logging.ClearProviders());
        // Under the public tracking prefix, so the baseline passes the same middleware (no admin sign-in) as the rows it is compared with.
        app.MapPost(BarePath, BareAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = new Uri(address) };
        var sessions = new string[requests];

        await LoadRun.MeasureAsync("warm-up", warmup, Concurrency, (i, ct) => PostAsync(http, BarePath, Visit($"warm-up-{i:D6}"), ct), cancellationToken);
        await LoadRun.MeasureAsync("warm-up", warmup, Concurrency, (i, ct) => PostAsync(http, SessionsPath, Visit($"warm-up-{i:D6}"), ct), cancellationToken);
        var bare = await LoadRun.MeasureAsync("bare endpoint (same body, no work)", requests, Concurrency, (i, ct) => PostAsync(http, BarePath, Visit($"bare-{i}"), ct), cancellationToken);
        var start = await LoadRun.MeasureAsync("POST sessions (new visitor, pool allocation)", requests, Concurrency, async (i, ct) => sessions[i] = await StartAsync(http, $"visitor-{i:D8}", ct), cancellationToken);
        var ping = await LoadRun.MeasureAsync("POST sessions/{id}/pings (hold extended)", requests, Concurrency, (i, ct) => PostAsync(http, $"{SessionsPath}/{sessions[(i * 7919) % requests]}/pings", "{\"page\":\"https://shop.example/cart\"}", ct), cancellationToken);

        var inProcess = await MeasurePoolAloneAsync(size.PoolAcquisitions, cancellationToken);

        var pool = app.Services.GetRequiredService<NumberPoolAllocator>().Pools.Single();
        if (pool.Overflows > 0)
        {
            // The pool is sized to hold every visitor: an overflow means the rows measured something else.
            throw new InvalidOperationException($"The allocation benchmark's pool of {pool.Size} numbers overflowed {pool.Overflows} times.");
        }

        Console.WriteLine();
        Console.WriteLine($"### Allocation ({size.Name}): {requests:N0} requests per row, {Concurrency} in flight, pool of {pool.Size:N0} numbers ({pool.CountHeld(DateTimeOffset.UtcNow):N0} held after the run, {pool.Overflows} overflows)");
        Console.WriteLine();
        Console.WriteLine("| Endpoint | Requests | Concurrency | Throughput (req/s) | p50 (ms) | p99 (ms) | max (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var run in (LoadRun[])[bare, start, ping, inProcess])
        {
            Console.WriteLine(run.ToMarkdownRow());
        }

        await app.StopAsync(CancellationToken.None);
    }

    /// <summary>The allocator by itself, in process: what a session start costs before HTTP and the store.</summary>
    private static Task<LoadRun> MeasurePoolAloneAsync(int acquisitions, CancellationToken cancellationToken)
    {
        var pool = new NumberPool("bench", "paid", Enumerable.Range(0, acquisitions / 2).Select(ServiceFolder.PoolNumber));
        var now = DateTimeOffset.UtcNow;
        return LoadRun.MeasureAsync(
            "NumberPool.Acquire alone (in process, half overflow)",
            acquisitions,
            Environment.ProcessorCount,
            (i, _) =>
            {
                pool.Acquire($"visitor-{i:D8}", now, TimeSpan.FromMinutes(30));
                return Task.CompletedTask;
            },
            cancellationToken);
    }

    private static string Visit(string visitorId) => JsonSerializer.Serialize(new
    {
        visitorId,
        landingUrl = "https://shop.example/sofas?utm_source=google&utm_medium=cpc&utm_campaign=spring",
        referrer = "https://www.google.com/",
        utmSource = "google",
        utmMedium = "cpc",
        utmCampaign = "spring",
        device = "desktop",
    });

    private static async Task<string> StartAsync(HttpClient http, string visitorId, CancellationToken cancellationToken)
    {
        var body = await PostAsync(http, SessionsPath, Visit(visitorId), cancellationToken);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("sessionId").GetString()!;
    }

    private static async Task<string> PostAsync(HttpClient http, string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("Origin", ServiceFolder.Origin);
        request.Headers.Add(ServiceFolder.VisitorAddressHeader, VisitorAddress());
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>A different address of 198.18.0.0/15, the range set aside for benchmarks (RFC 2544), for each request; only written in a header.</summary>
    private static string VisitorAddress()
    {
        var n = Interlocked.Increment(ref visitorAddresses);
        return $"198.{18 + ((n >> 16) & 1)}.{(n >> 8) & 0xFF}.{n & 0xFF}";
    }

    private static async Task<IResult> BareAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync<CreateSessionRequest>(request, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, cancellationToken);
        return error ?? Results.Json(new TrackingSessionResult(Guid.NewGuid().ToString("N"), body!.VisitorId ?? "", "78000000000", "74950000001", 30));
    }
}
