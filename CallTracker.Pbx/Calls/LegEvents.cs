using CallTracker.Pbx.Ari.Events;

namespace CallTracker.Pbx.Calls;

/// <summary>Reads what an ARI event means for one channel of a call.</summary>
internal static class LegEvents
{
    /// <summary>
    /// The channel is going or gone. Any of the three may come first: a dialplan failure gives StasisEnd with no
    /// ChannelHangupRequest, and without a subscription ChannelDestroyed never comes. After a reconnect, a channel
    /// Asterisk no longer lists is gone too: its hangup happened while we were not listening.
    /// </summary>
    public static bool IsGone(AriEvent ariEvent, string channelId) => ariEvent switch
    {
        ChannelsReconciled e => !e.Live.ContainsKey(channelId),
        ChannelHangupRequestEvent e => e.Channel.Id == channelId,
        StasisEndEvent e => e.Channel.Id == channelId,
        ChannelDestroyedEvent e => e.Channel.Id == channelId,
        _ => false,
    };

    /// <summary>The channel is answered: its state went Up, or it was found Up after a reconnect that lost the change.</summary>
    public static bool IsAnswered(AriEvent ariEvent, string channelId) => ariEvent switch
    {
        ChannelStateChangeEvent e => e.Channel.Id == channelId && e.Channel.State == "Up",
        ChannelsReconciled e => e.Live.TryGetValue(channelId, out var channel) && channel.State == "Up",
        _ => false,
    };

    /// <summary>The hangup cause an event carries, when it carries one (Q.850: 16 normal, 17 busy, 19 no answer).</summary>
    public static int? CauseOf(AriEvent ariEvent) => ariEvent switch
    {
        ChannelHangupRequestEvent e => e.Cause,
        ChannelDestroyedEvent e => e.Cause,
        _ => null,
    };

    public static bool IsSoftHangup(AriEvent ariEvent) => ariEvent is ChannelHangupRequestEvent { Soft: true };
}
