namespace CallTracker.Store.Rows;

/// <summary>From <see cref="From"/> on, the business time zone is <see cref="Offset"/> ahead of UTC (until the next change).</summary>
public sealed record UtcOffsetChange(DateTimeOffset From, TimeSpan Offset);
