namespace CallTracker.Store;

/// <summary>Bound from "Store:Retention": how long web-visit data and call events are kept. Calls, their attribution and tags are kept for good.</summary>
public sealed class RetentionOptions
{
    /// <summary>Tracking sessions, their pages and number assignments, by last activity; 0 keeps them. A session a call was attributed to is kept.</summary>
    public int TrackingDays { get; set; } = 90;

    /// <summary>Call events (menu steps, ringing, hang-ups) by time; 0 keeps them. The call row keeps its outcome.</summary>
    public int CallEventDays { get; set; } = 365;
}
