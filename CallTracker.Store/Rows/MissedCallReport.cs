namespace CallTracker.Store.Rows;

/// <summary>The missed calls left after the filters, with the count after each filter so a reader sees what each one took away.</summary>
public sealed record MissedCallReport(IReadOnlyList<MissedCallStep> Steps, IReadOnlyList<CallLogRow> Calls);
