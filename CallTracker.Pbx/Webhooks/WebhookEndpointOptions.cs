namespace CallTracker.Pbx.Webhooks;

/// <summary>One receiver: where events are posted, the secret they are signed with, and which event types it wants.</summary>
public sealed class WebhookEndpointOptions
{
    /// <summary>Names the endpoint in the outbox, the admin API and the log (which never shows the URL or the secret).</summary>
    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>The HMAC-SHA256 key of the signature header; at least 16 characters.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Event types (call.started …), a family ("call.*", "callback.*"), or "*" for all.</summary>
    public List<string> Events { get; set; } = [];

    /// <summary>How long one post may take before it counts as failed and is tried again later.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public bool Wants(string eventType) => Events.Any(pattern => WebhookEventTypes.Matches(pattern, eventType));

    /// <summary>The secret stays out of anything that prints the options.</summary>
    public override string ToString() => $"{Name} ({string.Join(", ", Events)})";
}
