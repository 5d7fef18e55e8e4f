namespace CallTracker.Pbx.Reports;

/// <summary>One source's calls, one count per day of the chart.</summary>
public sealed record DailySourceSeries(string Source, IReadOnlyList<long> Calls);
