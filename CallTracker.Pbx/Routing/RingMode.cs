namespace CallTracker.Pbx.Routing;

/// <summary>How a route rings its targets.</summary>
public enum RingMode
{
    /// <summary>One after another, in the listed order, each for its RingSeconds.</summary>
    Sequential,

    /// <summary>All at once; the first to answer takes the call and the others stop ringing.</summary>
    Simultaneous,

    /// <summary>The route's Groups in order, each ringing as its own Ring says; the next group when nobody in one answers.</summary>
    Priority,

    /// <summary>The route's Dealers, the first chosen by smooth weighted round robin, then the next, skipping closed or full ones.</summary>
    Weighted,

    /// <summary>
    /// As Sequential, but a caller whom one of the targets talked to last, within Routing:StickyDays, rings that
    /// manager first when the manager is free.
    /// </summary>
    Sticky,
}
