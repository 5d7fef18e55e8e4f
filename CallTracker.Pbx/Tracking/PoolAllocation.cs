namespace CallTracker.Pbx.Tracking;

/// <summary>
/// The outcome of asking a pool for a number: the number and until when it is held, or no number (the pool is
/// exhausted). <see cref="Kept"/> is true when the visitor keeps the number they already had.
/// </summary>
public sealed record PoolAllocation(string? Number, DateTimeOffset HeldUntil, bool Kept)
{
    public bool IsOverflow => Number is null;
}
