namespace CallTracker.Store.Rows;

/// <summary>One call as the call log lists it: the call, where it came from, and its types.</summary>
public sealed record CallLogRow
{
    public required string Id { get; init; }
    public required DateTimeOffset ArrivedAt { get; init; }
    public required string CallerNumber { get; init; }
    public required string TrackingNumber { get; init; }
    public required string Direction { get; init; }
    public required string Status { get; init; }
    public int WaitSeconds { get; init; }
    public int TalkSeconds { get; init; }
    public string? AnsweredBy { get; init; }
    public bool OffHours { get; init; }
    public string? Source { get; init; }
    public string? Channel { get; init; }
    public string? Campaign { get; init; }
    public string? Keyword { get; init; }
    public bool Unique { get; init; }
    public bool Target { get; init; }
    public bool Repeat { get; init; }
    public bool FirstTarget { get; init; }
    public bool UniqueTarget { get; init; }
    public bool HasRecording { get; init; }
    public bool HasVoicemail { get; init; }
}
