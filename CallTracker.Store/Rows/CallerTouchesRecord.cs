namespace CallTracker.Store.Rows;

/// <summary>A <c>caller_touches</c> row as SQLite stores it.</summary>
internal sealed class CallerTouchesRecord
{
    public string CallerNumber { get; init; } = "";
    public string FirstCallId { get; init; } = "";
    public long FirstAt { get; init; }
    public string FirstSource { get; init; } = "";
    public string FirstChannel { get; init; } = "";
    public string? FirstCampaign { get; init; }
    public string? FirstSessionId { get; init; }
    public string LastCallId { get; init; } = "";
    public long LastAt { get; init; }
    public string LastSource { get; init; } = "";
    public string LastChannel { get; init; } = "";
    public string? LastCampaign { get; init; }
    public string? LastSessionId { get; init; }
}
