namespace CallTracker.Pbx.Web.Health;

/// <summary>
/// What <c>GET /health</c> answers a signed-in caller, and what <c>calltracker health</c> prints. Call records are
/// written as they happen; the webhook outbox is the one backlog, and it is reported without changing the status: a
/// receiver that is down does not stop calls being handled and tracked.
/// </summary>
/// <param name="Status">"ok" when ARI and the database are fine, otherwise "degraded".</param>
/// <param name="Problems">Why the status is degraded, one sentence each; empty when ok.</param>
/// <param name="Ari">The event socket's state: Connecting, Connected, Disconnected or Stopped.</param>
/// <param name="AriConnectedAt">When the event socket last opened (while Connected: connected since); null if it never has.</param>
/// <param name="AriOpens">Times the event socket has opened since start-up: more than 1 means it reconnected.</param>
/// <param name="AriLastDrop">Why the event socket last went down; null while it never has.</param>
/// <param name="AriLastDropAt">When it last went down.</param>
/// <param name="Database">"ok", or "failed" when the cheap read did not answer in time or failed.</param>
/// <param name="DatabaseError">Why the database check failed; null when it passed.</param>
/// <param name="SchemaVersion">The newest migration applied; null when the database check failed.</param>
/// <param name="WebhooksPending">Webhook deliveries not taken by their receiver yet; null when the database check failed.</param>
/// <param name="WebhooksOldestPendingAt">When the oldest of them happened; null when none is pending.</param>
/// <param name="WebhooksFailed">Deliveries given up after the retry limits, still in the outbox (Webhooks:KeepDays).</param>
public sealed record HealthReport(
    string Status,
    IReadOnlyList<string> Problems,
    string Ari,
    DateTimeOffset? AriConnectedAt,
    int AriOpens,
    string? AriLastDrop,
    DateTimeOffset? AriLastDropAt,
    string Database,
    string? DatabaseError,
    long? SchemaVersion,
    int ActiveCalls,
    long DroppedEvents,
    int SettingsVersion,
    long? WebhooksPending = null,
    DateTimeOffset? WebhooksOldestPendingAt = null,
    long? WebhooksFailed = null)
{
    public const string Ok = "ok";

    public const string Degraded = "degraded";
}
