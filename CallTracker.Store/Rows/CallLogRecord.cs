namespace CallTracker.Store.Rows;

/// <summary>A call-log line as SQLite returns it.</summary>
internal sealed class CallLogRecord
{
    public string Id { get; init; } = "";
    public long ArrivedAt { get; init; }
    public string CallerNumber { get; init; } = "";
    public string TrackingNumber { get; init; } = "";
    public string Direction { get; init; } = "";
    public string Status { get; init; } = "";
    public long WaitSeconds { get; init; }
    public long TalkSeconds { get; init; }
    public string? AnsweredBy { get; init; }
    public long OffHours { get; init; }
    public string? Source { get; init; }
    public string? Channel { get; init; }
    public string? Campaign { get; init; }
    public string? Keyword { get; init; }
    public long? IsUnique { get; init; }
    public long? IsTarget { get; init; }
    public long? IsRepeat { get; init; }
    public long? IsFirstTarget { get; init; }
    public long? IsUniqueTarget { get; init; }
    public long HasRecording { get; init; }
    public long HasVoicemail { get; init; }

    public CallLogRow ToRow() => new()
    {
        Id = Id,
        ArrivedAt = DateTimeOffset.FromUnixTimeMilliseconds(ArrivedAt),
        CallerNumber = CallerNumber,
        TrackingNumber = TrackingNumber,
        Direction = Direction,
        Status = Status,
        WaitSeconds = checked((int)WaitSeconds),
        TalkSeconds = checked((int)TalkSeconds),
        AnsweredBy = AnsweredBy,
        OffHours = OffHours != 0,
        Source = Source,
        Channel = Channel,
        Campaign = Campaign,
        Keyword = Keyword,
        Unique = IsUnique == 1,
        Target = IsTarget == 1,
        Repeat = IsRepeat == 1,
        FirstTarget = IsFirstTarget == 1,
        UniqueTarget = IsUniqueTarget == 1,
        HasRecording = HasRecording != 0,
        HasVoicemail = HasVoicemail != 0,
    };
}
