namespace CallTracker.Store.Rows;

/// <summary>The latest answered call of one caller: who answered it (an endpoint such as PJSIP/101) and when.</summary>
public sealed record LastAnswerRow
{
    public required string CallerNumber { get; init; }
    public required string Endpoint { get; init; }
    public required DateTimeOffset AnsweredAt { get; init; }
}
