using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Events;
using CallTracker.Pbx.Ari.Resources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallTracker.Benchmarks;

/// <summary>
/// The bare handler ring-latency holds the service against, as issue 9 defines it: on a trunk call's StasisStart it
/// creates the leg to the manager (<see cref="RingRouting.Endpoint"/>), subscribes to it and dials it, and nothing
/// else, but hanging the leg up when its caller leaves. (The service subscribes to the leg after the dial, so it makes
/// one request fewer before the first ring.) It runs as its own process, as the service does, on our own ARI client
/// and event socket, until its standard input closes.
/// </summary>
internal sealed class BareAriApp(AriClient ari, CancellationToken stopping) : IAriEventSink
{
    /// <summary>The command line that runs it: <c>bare-ari-app URL USERNAME PASSWORD APP</c>; ring-latency starts it.</summary>
    public const string Command = "bare-ari-app";

    private const string LegSuffix = "-m1";

    public static async Task<int> RunAsync(string url, string username, string password, string app)
    {
        var options = Options.Create(new AriOptions { Url = url, Username = username, Password = password, AppName = app });
        using var stop = new CancellationTokenSource();
        // The same HTTP client set-up as the service's, connection cap included.
        using var ari = AriClient.Create(options);
        using var socket = new AriEventSocket(options, new BareAriApp(ari, stop.Token), TimeProvider.System, NullLogger<AriEventSocket>.Instance);
        await socket.StartAsync(stop.Token);
        // On a thread of its own: a blocked pool thread would be missing from the handler's pool, unlike the service's.
        await Task.Factory.StartNew(
            () =>
            {
                while (Console.In.ReadLine() is not null)
                {
                }
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        await stop.CancelAsync();
        await socket.StopAsync(CancellationToken.None);
        return 0;
    }

    public void OnConnected(int openCount)
    {
    }

    public void OnEvent(AriEvent ariEvent)
    {
        // The socket reader must not wait for REST calls: each reaction runs on its own.
        switch (ariEvent)
        {
            case StasisStartEvent { Args: ["inbound", var dialled, ..] } start:
                _ = RingAsync(start.Channel.Id, RingRouting.Endpoint(dialled));
                break;
            case StasisEndEvent end when !end.Channel.Id.EndsWith(LegSuffix, StringComparison.Ordinal):
                _ = HangUpLegAsync(end.Channel.Id + LegSuffix);
                break;
        }
    }

    private async Task RingAsync(string callerId, string endpoint)
    {
        var legId = callerId + LegSuffix;
        try
        {
            await ari.Channels.CreateAsync(new ChannelCreateRequest { Endpoint = endpoint, App = ari.AppName, AppArgs = "manager-leg", ChannelId = legId }, stopping);
            await ari.Applications.SubscribeAsync(ari.AppName, "channel:" + legId, stopping);
            await ari.Channels.DialAsync(legId, callerId, RingRouting.RingSeconds, stopping);
        }
        catch (Exception e) when (e is AriException or HttpRequestException or OperationCanceledException)
        {
            // Ring-latency fails the round for the missing dial; this says why.
            await Console.Error.WriteLineAsync($"Ringing {endpoint} for {callerId} failed: {e.Message}");
        }
    }

    private async Task HangUpLegAsync(string legId)
    {
        try
        {
            await ari.Channels.HangupAsync(legId, HangupReason.Normal, stopping);
        }
        catch (Exception e) when (e is AriException or HttpRequestException or OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"Hanging up {legId} failed: {e.Message}");
        }
    }
}
