namespace CallTracker.Store.Rows;

/// <summary>How many missed calls remain once a filter (and every one before it) applies.</summary>
public sealed record MissedCallStep(string Filter, long Remaining);
