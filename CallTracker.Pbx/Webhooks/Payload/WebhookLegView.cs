namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>
/// One manager's phone rung for the call. Result: Ringing (no result yet), Answered, Busy, NoAnswer, Unavailable,
/// Rejected (after the whisper) or Cancelled (another answered, or the caller left).
/// </summary>
public sealed record WebhookLegView
{
    public required string Endpoint { get; init; }
    public string? Manager { get; init; }

    /// <summary>1 for the first phone rung on the call, 2 for the next …</summary>
    public int Attempt { get; init; }
    public int RingSeconds { get; init; }
    public DateTimeOffset? RangAt { get; init; }
    public required string Result { get; init; }
    public DateTimeOffset? ResultAt { get; init; }

    /// <summary>Why an Unavailable phone could not be rung.</summary>
    public string? Error { get; init; }
}
