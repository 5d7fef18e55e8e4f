namespace CallTracker.Store.Rows;

/// <summary>A person who takes calls, and the Asterisk endpoint their phone is reached at (e.g. PJSIP/101).</summary>
public sealed record ManagerRow
{
    public required string Endpoint { get; init; }
    public required string Name { get; init; }
}
