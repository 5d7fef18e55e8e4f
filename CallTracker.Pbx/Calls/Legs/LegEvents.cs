using CallTracker.Pbx.Ari.Events;


namespace CallTracker.Pbx.Calls.Legs;

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

    /// <summary>A Dial event's status as a ringing outcome; null for progress (RINGING, PROGRESS) that ends nothing.</summary>
    public static DialOutcome? OutcomeOf(string dialStatus) => dialStatus switch
    {
        "ANSWER" => DialOutcome.Answered,
        "BUSY" => DialOutcome.Busy,
        "NOANSWER" => DialOutcome.NoAnswer,
        "CONGESTION" or "CHANUNAVAIL" or "CANCEL" or "DONTCALL" or "TORTURE" or "INVALIDARGS" => DialOutcome.Unavailable,
        _ => null,
    };

    /// <summary>Cause 17 is busy; 19, or Asterisk's own soft hangup (32) at the dial timeout, is no answer.</summary>
    public static DialOutcome OutcomeOfHangup(AriEvent gone) => CauseOf(gone) switch
    {
        17 => DialOutcome.Busy,
        19 or 18 => DialOutcome.NoAnswer,
        32 when IsSoftHangup(gone) => DialOutcome.NoAnswer,
        _ => DialOutcome.Unavailable,
    };
}
