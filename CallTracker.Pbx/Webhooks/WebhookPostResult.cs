namespace CallTracker.Pbx.Webhooks;

/// <summary>How one post went: taken (2xx), or not, with the receiver's status if it gave one and why.</summary>
public sealed record WebhookPostResult(bool Delivered, int? Status, string? Error)
{
    public static WebhookPostResult Taken(int status) => new(true, status, null);

    public static WebhookPostResult NotTaken(int? status, string error) => new(false, status, error);
}
