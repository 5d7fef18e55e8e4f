namespace CallTracker.Store.Rows;

/// <summary>Which of a caller's visits a call is credited to.</summary>
public enum ReportTouch
{
    /// <summary>The visit or static number that brought this very call.</summary>
    Last,

    /// <summary>The first source the caller ever came from, however many calls later.</summary>
    First,
}
