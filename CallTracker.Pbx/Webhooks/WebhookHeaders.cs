namespace CallTracker.Pbx.Webhooks;

/// <summary>The headers of every webhook post (the README tells receivers how to check them).</summary>
public static class WebhookHeaders
{
    /// <summary>"sha256=" and the hex HMAC-SHA256 of "{timestamp}.{body}" keyed with the endpoint's secret.</summary>
    public const string Signature = "X-CallTracker-Signature";

    /// <summary>Unix seconds when this attempt was signed; a receiver refuses old ones to stop replays.</summary>
    public const string Timestamp = "X-CallTracker-Timestamp";

    /// <summary>The event's id, the same on every attempt: a receiver that has seen it already answers 2xx and does nothing.</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>The event type, e.g. call.ended.</summary>
    public const string Event = "X-CallTracker-Event";

    /// <summary>1 for the first post of this delivery, 2 for the first retry …</summary>
    public const string Attempt = "X-CallTracker-Attempt";
}
