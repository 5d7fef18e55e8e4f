namespace CallTracker.Pbx.Webhooks;

/// <summary>
/// The event types an endpoint may subscribe to. A family is the part before the dot: "call.*" takes every call
/// event; "callback.*" every callback event.
/// </summary>
public static class WebhookEventTypes
{
    /// <summary>A call arrived and its source is known (or clearly unknown); nobody has answered yet.</summary>
    public const string CallStarted = "call.started";

    /// <summary>A manager's phone was rung, with how that ended.</summary>
    public const string CallForwarded = "call.forwarded";

    public const string CallAnswered = "call.answered";

    public const string CallEnded = "call.ended";

    public const string CallTagged = "call.tagged";

    /// <summary>A callback attempt's call began: the managers are about to ring.</summary>
    public const string CallbackAttemptStarted = "callback.attempt_started";

    /// <summary>A manager took the callback and the client's number is being dialled for them.</summary>
    public const string CallbackClientDialled = "callback.client_dialled";

    public const string All = "*";

    public static IReadOnlyList<string> Known { get; } = [CallStarted, CallForwarded, CallAnswered, CallEnded, CallTagged, CallbackAttemptStarted, CallbackClientDialled];

    public static IReadOnlyList<string> Families { get; } = ["call", "callback"];

    /// <summary>Whether <paramref name="pattern"/> names a known type, a known family or everything.</summary>
    public static bool IsValidPattern(string pattern) =>
        pattern == All
        || Known.Contains(pattern, StringComparer.Ordinal)
        || (pattern.EndsWith(".*", StringComparison.Ordinal) && Families.Contains(pattern[..^2], StringComparer.Ordinal));

    public static bool Matches(string pattern, string eventType) =>
        pattern == All
        || string.Equals(pattern, eventType, StringComparison.Ordinal)
        || (pattern.EndsWith(".*", StringComparison.Ordinal) && eventType.StartsWith(pattern[..^1], StringComparison.Ordinal));
}
