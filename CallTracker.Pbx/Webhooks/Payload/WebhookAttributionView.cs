namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>Where the call came from and how sure that is (Reason: Static, Exact, WithinHold, Ambiguous, Overflow, Unknown).</summary>
public sealed record WebhookAttributionView(
    string Reason,
    string? Site,
    string? SessionId,
    string? VisitorId,
    string? Source,
    string? Channel,
    string? Campaign,
    int Candidates);
