namespace CallTracker.Store.Rows;

internal sealed class LastAnswerRecord
{
    public string CallerNumber { get; init; } = "";
    public string Endpoint { get; init; } = "";
    public long AnsweredAt { get; init; }
}
