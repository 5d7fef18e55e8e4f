namespace CallTracker.Pbx.Webhooks;

/// <summary>
/// Bound from the "Webhooks" section of appsettings.json: the receivers that learn about calls as they happen, and how
/// hard delivery tries. No endpoints means no webhooks, and nothing is written to the outbox.
/// </summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    public List<WebhookEndpointOptions> Endpoints { get; set; } = [];

    public WebhookRetryOptions Retry { get; set; } = new();

    /// <summary>How long delivered and given-up deliveries stay in the outbox for the admin API to show.</summary>
    public int KeepDays { get; set; } = 14;
}
