using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Web;

/// <summary>
/// One endpoint as the admin API shows it: its settings without the secret (and the address without user info or
/// query), and its deliveries by state. An endpoint removed from the settings keeps a line while the outbox holds
/// deliveries for it, with <see cref="Configured"/> false.
/// </summary>
public sealed record WebhookEndpointSummary(
    string Name,
    string? Url,
    IReadOnlyList<string>? Events,
    int? TimeoutSeconds,
    bool Configured,
    WebhookEndpointCounts? Deliveries);
