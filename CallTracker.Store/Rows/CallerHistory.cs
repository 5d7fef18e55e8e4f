namespace CallTracker.Store.Rows;

/// <summary>A caller's calls before a given one: how many, when the first and latest were, and how the latest ended.</summary>
public sealed record CallerHistory
{
    public static readonly CallerHistory None = new();

    public int EarlierCalls { get; init; }
    public int EarlierAnswered { get; init; }
    public DateTimeOffset? FirstCallAt { get; init; }
    public string? LastCallId { get; init; }
    public DateTimeOffset? LastCallAt { get; init; }
    public string? LastStatus { get; init; }

    /// <summary>Endpoint of the manager who took the latest call, when it was answered.</summary>
    public string? LastAnsweredBy { get; init; }
}
