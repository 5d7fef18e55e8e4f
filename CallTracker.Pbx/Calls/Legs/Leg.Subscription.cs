using CallTracker.Pbx.Ari;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Legs;

public sealed partial class Leg
{
    private Task subscribed = Task.CompletedTask;

    /// <summary>Completes once the app has subscribed to the channel, or no longer needs to; never faults.</summary>
    internal Task Subscribed => subscribed;

    /// <summary>
    /// Subscribes the app to a leg it dialled, so that the leg's ChannelDestroyed still comes after StasisEnd and its
    /// events survive a reconnect of the event socket. A leg in Stasis reports its ringing without one (transcripts 09,
    /// 10), so the phone is dialled first and the subscription goes out once no call is before its first dial
    /// (<see cref="CallSetupGate"/>): during a burst of calls one REST round trip fewer stands before each first ring.
    /// </summary>
    internal void SubscribeOnceSetUp(CallSetupGate setup) => subscribed = SubscribeAsync(setup, Gone);

    private async Task SubscribeAsync(CallSetupGate setup, CancellationToken legGone)
    {
        try
        {
            await setup.SendOnceClearAsync(() => session.Ari.Applications.SubscribeAsync(session.Ari.AppName, "channel:" + Id, legGone), legGone);
        }
        catch (OperationCanceledException) when (legGone.IsCancellationRequested)
        {
            // Hung up before its turn: there is nothing more to hear about it.
        }
        catch (AriException e) when (e.IsGone)
        {
            // Gone before the subscription reached Asterisk: StasisEnd has told the call already.
        }
        catch (Exception e) when (e is AriException or HttpRequestException or TaskCanceledException)
        {
            LogSubscribeFailed(session.Logger, Id, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to leg {ChannelId}: {Problem}; its ringing is still followed, but not across a reconnect")]
    private static partial void LogSubscribeFailed(ILogger logger, string channelId, string problem);
}
