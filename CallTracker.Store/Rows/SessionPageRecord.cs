namespace CallTracker.Store.Rows;

/// <summary>A <c>tracking_session_pages</c> row as SQLite stores it.</summary>
internal sealed class SessionPageRecord
{
    public long Id { get; init; }
    public string SessionId { get; init; } = "";
    public long At { get; init; }
    public string Url { get; init; } = "";
}
