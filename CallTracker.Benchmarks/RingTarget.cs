using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CallTracker.Fakes;
using CallTracker.Pbx.Hosting;

namespace CallTracker.Benchmarks;

/// <summary>
/// One ARI app under measure, in its own process, against a fake Asterisk of its own whose wire is logged. A round
/// places simultaneous trunk calls, times each one's first dial, then has every caller hang up and waits until the
/// calls are gone and the app is idle again.
/// </summary>
internal sealed class RingTarget : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RoundLimit = TimeSpan.FromSeconds(60);

    private readonly FakeAsterisk asterisk;
    private readonly WireLog wire;
    private readonly ChildProcess process;
    private readonly ServiceFolder? folder;
    private readonly HttpClient http;
    private int callers;

    private RingTarget(FakeAsterisk asterisk, WireLog wire, ChildProcess process, ServiceFolder? folder)
    {
        this.asterisk = asterisk;
        this.wire = wire;
        this.process = process;
        this.folder = folder;
        http = new HttpClient { BaseAddress = asterisk.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ServiceFolder.AriUsername + ":" + ServiceFolder.AriPassword)));
    }

    public ChildProcess Process => process;

    /// <summary>The real service, <c>dotnet CallTracker.Pbx.dll --settings</c> a folder with a manager per tracking number.</summary>
    public static async Task<RingTarget> StartServiceAsync(int trackingNumbers, CancellationToken cancellationToken)
    {
        var wire = new WireLog();
        var asterisk = await FakeAsterisk.StartAsync(FakeOptions(wire), cancellationToken);
        var folder = new ServiceFolder(asterisk.BaseUri, RingRouting.Routing(trackingNumbers));
        var process = ChildProcess.Start("the service", "CallTracker.Pbx.dll", [CallTrackerHost.SettingsOption, folder.Path], folder.Path);
        return await ConnectedAsync(new RingTarget(asterisk, wire, process, folder), cancellationToken);
    }

    /// <summary>The <see cref="BareAriApp"/>, run from the benchmarks' own assembly.</summary>
    public static async Task<RingTarget> StartBareAsync(CancellationToken cancellationToken)
    {
        var wire = new WireLog();
        var asterisk = await FakeAsterisk.StartAsync(FakeOptions(wire), cancellationToken);
        var process = ChildProcess.Start("the bare handler", "CallTracker.Benchmarks.dll",
            [BareAriApp.Command, asterisk.BaseUri.ToString(), ServiceFolder.AriUsername, ServiceFolder.AriPassword, ServiceFolder.AriApp], AppContext.BaseDirectory);
        return await ConnectedAsync(new RingTarget(asterisk, wire, process, null), cancellationToken);
    }

    /// <summary>
    /// Places <paramref name="calls"/> trunk calls at once, to tracking numbers 0 to calls − 1; once they are gone,
    /// waits up to <paramref name="settle"/> for the app to go idle.
    /// </summary>
    /// <returns>Each call's time from StasisStart to its first leg's dial, the app's resident memory while they all ring, and the CPU time it used until then.</returns>
    public async Task<RingRound> RunRoundAsync(int calls, TimeSpan settle, CancellationToken cancellationToken)
    {
        wire.Clear();
        var cpuBefore = process.CpuTime;
        var placed = new FakeCaller[calls];
        for (var i = 0; i < calls; i++)
        {
            var caller = $"7916{Interlocked.Increment(ref callers):D7}";
            placed[i] = await asterisk.PlaceInboundCallAsync(RingRouting.TrackingNumber(i), caller, null, cancellationToken);
        }

        await WaitForAsync(() => Task.FromResult(wire.Dials >= calls), $"{calls} dials", RoundLimit, cancellationToken);
        var ringingBytes = process.ResidentBytes;
        var ringingCpu = process.CpuTime - cpuBefore;
        var latencies = wire.Latencies([.. placed.Select(c => c.ChannelId)]);

        foreach (var caller in placed)
        {
            await caller.HangupAsync(cancellationToken);
        }

        await WaitForAsync(async () => await ChannelCountAsync(cancellationToken) == 0, "every channel gone once the callers hung up", RoundLimit, cancellationToken);
        await process.WaitUntilQuietAsync(settle, cancellationToken);
        return new RingRound(latencies, ringingBytes, ringingCpu);
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        http.Dispose();
        await asterisk.DisposeAsync();
        folder?.Dispose();
    }

    /// <summary>The app's phones are left unset: they ring until the dial timeout, which no round reaches.</summary>
    private static FakeAsteriskOptions FakeOptions(WireLog wire) => new()
    {
        Username = ServiceFolder.AriUsername,
        Password = ServiceFolder.AriPassword,
        AppName = ServiceFolder.AriApp,
        WireTap = wire,
    };

    private static async Task<RingTarget> ConnectedAsync(RingTarget target, CancellationToken cancellationToken)
    {
        try
        {
            await target.WaitForAsync(() => Task.FromResult(target.asterisk.ConnectedSockets > 0), "the app's event socket to connect", StartLimit, cancellationToken);
            await target.process.WaitUntilQuietAsync(StartLimit, cancellationToken);
            return target;
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    private async Task<int> ChannelCountAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri("ari/channels", UriKind.Relative), cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsArray().Count;
    }

    private async Task WaitForAsync(Func<Task<bool>> condition, string what, TimeSpan limit, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            process.ThrowIfExited();
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"Gave up waiting for {what} after {limit.TotalSeconds:F0} s ({process.Name}). Its last lines:{Environment.NewLine}{process.Tail()}");
            }

            await Task.Delay(10, cancellationToken);
        }
    }
}
