namespace CallTracker.Store.Rows;

/// <summary>
/// The rows one moment of a call writes: always its event, and with it the call's first row, its final row, its
/// attribution and the caller's touch, or a tag, as the moment brings. They are stored together or not at all.
/// </summary>
public sealed record CallJournalEntry
{
    public required CallEventRow Event { get; init; }

    public IReadOnlyList<WebhookEventRow> Webhooks { get; init; } = [];

    /// <summary>The call's row as it arrived (the moment it arrived).</summary>
    public CallRow? StartedCall { get; init; }

    /// <summary>The call's row as it ended, replacing the stored one (the moment it ended).</summary>
    public CallRow? FinishedCall { get; init; }

    public CallAttributionRow? Attribution { get; init; }

    public CallerTouchUpdate? Touch { get; init; }

    public CallTagRow? Tag { get; init; }
}
