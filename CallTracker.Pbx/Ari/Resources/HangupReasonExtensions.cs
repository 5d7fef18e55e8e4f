namespace CallTracker.Pbx.Ari.Resources;

internal static class HangupReasonExtensions
{
    public static string ToAriValue(this HangupReason reason) => reason switch
    {
        HangupReason.Normal => "normal",
        HangupReason.Busy => "busy",
        HangupReason.NoAnswer => "no_answer",
        HangupReason.Congestion => "congestion",
        HangupReason.Unallocated => "unallocated",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not an ARI hangup reason."),
    };
}
