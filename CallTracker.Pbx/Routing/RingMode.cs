namespace CallTracker.Pbx.Routing;

/// <summary>How a route rings its targets.</summary>
public enum RingMode
{
    /// <summary>One after another, in the listed order, each for its RingSeconds.</summary>
    Sequential,

    /// <summary>All at once; the first to answer takes the call and the others stop ringing.</summary>
    Simultaneous,
}
