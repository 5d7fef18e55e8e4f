namespace CallTracker.Store.Rows;

/// <summary>A caller's first known source (first-touch reports) and latest one (last-touch reports).</summary>
public sealed record CallerTouchesRow(string CallerNumber, CallerTouch First, CallerTouch Last);
