namespace CallTracker.Pbx.Webhooks;

/// <summary>
/// Bound from "Webhooks:Retry": a failed post is tried again after BaseDelayMs, doubling each time up to MaxDelayMs,
/// with jitter; it is given up after MaxAttempts posts or once the event is MaxAgeHours old, whichever comes first.
/// </summary>
public sealed class WebhookRetryOptions
{
    public int BaseDelayMs { get; set; } = 1_000;

    public int MaxDelayMs { get; set; } = 300_000;

    public int MaxAttempts { get; set; } = 2_000;

    public int MaxAgeHours { get; set; } = 72;

    public TimeSpan BaseDelay => TimeSpan.FromMilliseconds(BaseDelayMs);

    public TimeSpan MaxDelay => TimeSpan.FromMilliseconds(MaxDelayMs);

    public TimeSpan MaxAge => TimeSpan.FromHours(MaxAgeHours);
}
