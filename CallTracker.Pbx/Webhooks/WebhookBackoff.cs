namespace CallTracker.Pbx.Webhooks;

/// <summary>When a failed delivery is tried again, and when it is given up.</summary>
public static class WebhookBackoff
{
    /// <summary>
    /// The wait after <paramref name="failedAttempts"/> failed posts: BaseDelay doubled per failure, capped at MaxDelay,
    /// with "equal jitter" (half of it fixed, half random by <paramref name="jitter"/> in [0, 1)), so the retries of a
    /// receiver's whole backlog do not all land on it in the same second when it comes back.
    /// </summary>
    public static TimeSpan Delay(WebhookRetryOptions retry, int failedAttempts, double jitter)
    {
        ArgumentNullException.ThrowIfNull(retry);
        var doublings = Math.Clamp(failedAttempts - 1, 0, 40);
        var ceiling = Math.Min(retry.MaxDelay.TotalMilliseconds, retry.BaseDelay.TotalMilliseconds * Math.Pow(2, doublings));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (ceiling / 2 * Math.Clamp(jitter, 0, 1)));
    }

    /// <summary>After <paramref name="attempts"/> posts, the last of them failed: true when there is to be no other.</summary>
    public static bool GivesUp(WebhookRetryOptions retry, int attempts, DateTimeOffset createdAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(retry);
        return attempts >= retry.MaxAttempts || now - createdAt >= retry.MaxAge;
    }
}
