namespace CallTracker.Pbx.Reports;

/// <summary>Calls per day (in the business's time zone) for each source, ready to draw.</summary>
public sealed record DailySourceChart(IReadOnlyList<DateOnly> Days, IReadOnlyList<DailySourceSeries> Series);
