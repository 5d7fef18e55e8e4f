namespace CallTracker.Store.Rows;

/// <summary>A <c>calls</c> row exactly as SQLite stores it: times as unix milliseconds, UTC.</summary>
internal sealed class CallRecord
{
    public string Id { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public string TrackingNumber { get; init; } = "";
    public string CallerNumber { get; init; } = "";
    public string? CallerName { get; init; }
    public string RouteName { get; init; } = "";
    public long ArrivedAt { get; init; }
    public long? AnsweredAt { get; init; }
    public long? EndedAt { get; init; }
    public long WaitSeconds { get; init; }
    public long TalkSeconds { get; init; }
    public string Status { get; init; } = "";
    public string? AnsweredBy { get; init; }
    public long OffHours { get; init; }
    public long? IvrListenedSeconds { get; init; }
    public string? VoicemailPath { get; init; }
    public long? VoicemailSeconds { get; init; }
    public string? RecordingPath { get; init; }
    public long? RecordingSeconds { get; init; }
    public string Direction { get; init; } = "";
}
