namespace CallTracker.Fakes;

/// <summary>Q.850 causes as Asterisk names them, and the ARI hangup reasons that map to them.</summary>
internal static class HangupCauses
{
    public const int Unallocated = 1;
    public const int NormalClearing = 16;
    public const int UserBusy = 17;
    public const int NoAnswer = 19;
    public const int CallRejected = 21;
    public const int Congestion = 34;

    /// <summary>The cause a channel's hangup request carries when ARI DELETEs it (a soft hangup).</summary>
    public const int SoftHangupRequest = 32;

    private static readonly Dictionary<string, int> Reasons = new(StringComparer.Ordinal)
    {
        ["normal"] = 16,
        ["busy"] = 17,
        ["congestion"] = 34,
        ["no_answer"] = 19,
        ["timeout"] = 18,
        ["rejected"] = 21,
        ["unallocated"] = 1,
        ["normal_unspecified"] = 31,
        ["number_incomplete"] = 28,
        ["codec_mismatch"] = 58,
        ["interworking"] = 127,
        ["failure"] = 38,
        ["answered_elsewhere"] = 26,
    };

    private static readonly Dictionary<int, string> Texts = new()
    {
        [0] = "Unknown",
        [1] = "Unallocated (unassigned) number",
        [3] = "No route to destination",
        [16] = "Normal Clearing",
        [17] = "User busy",
        [18] = "No user responding",
        [19] = "User alerting, no answer",
        [20] = "Subscriber absent",
        [21] = "Call Rejected",
        [22] = "Number changed",
        [26] = "Answered elsewhere",
        [27] = "Destination out of order",
        [28] = "Invalid number format",
        [31] = "Normal, unspecified",
        [34] = "Circuit/channel congestion",
        [38] = "Network out of order",
        [41] = "Temporary failure",
        [58] = "Bearer capability not available",
        [127] = "Interworking, unspecified",
    };

    public static bool TryFromReason(string reason, out int cause) => Reasons.TryGetValue(reason, out cause);

    public static string Text(int cause) => Texts.TryGetValue(cause, out var text) ? text : "Unknown";
}
