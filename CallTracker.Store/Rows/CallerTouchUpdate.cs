namespace CallTracker.Store.Rows;

/// <summary>A touch to record in the history of the caller with this number (digits only).</summary>
public sealed record CallerTouchUpdate(string CallerNumber, CallerTouch Touch);
