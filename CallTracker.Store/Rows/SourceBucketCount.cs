namespace CallTracker.Store.Rows;

/// <summary>Calls from one source that arrived in one 15-minute slot, small enough to fold into days of any time zone.</summary>
public sealed record SourceBucketCount(DateTimeOffset SlotStart, string Source, long Calls);
