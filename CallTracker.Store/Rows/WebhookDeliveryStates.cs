namespace CallTracker.Store.Rows;

/// <summary>The values of webhook_deliveries.state.</summary>
public static class WebhookDeliveryStates
{
    /// <summary>Not taken by the receiver yet; tried again at next_attempt_at.</summary>
    public const string Pending = "Pending";

    /// <summary>The receiver answered 2xx.</summary>
    public const string Delivered = "Delivered";

    /// <summary>Given up after the retry limits; the call's later events went on without it.</summary>
    public const string Failed = "Failed";
}
