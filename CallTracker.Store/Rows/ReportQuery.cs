namespace CallTracker.Store.Rows;

/// <summary>Calls that arrived from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive), grouped by <see cref="Dimension"/>.</summary>
public sealed record ReportQuery(DateTimeOffset From, DateTimeOffset To, ReportDimension Dimension, ReportTouch Touch = ReportTouch.Last);
