namespace CallTracker.Pbx.Tracking;

/// <summary>The outcome of asking a pool for a number: the number and until when it is held, or no number (the pool is exhausted).</summary>
public sealed record PoolAllocation(string? Number, DateTimeOffset HeldUntil)
{
    public bool IsOverflow => Number is null;
}
