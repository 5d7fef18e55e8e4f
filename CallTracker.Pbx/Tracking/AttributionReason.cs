namespace CallTracker.Pbx.Tracking;

/// <summary>How a call's source was found, i.e. how far reports can trust it. Stored as text.</summary>
public enum AttributionReason
{
    /// <summary>A static number: its source is known without any session.</summary>
    Static,

    /// <summary>One session held the pool number and its page was open (pinging) when the call arrived.</summary>
    Exact,

    /// <summary>One session held the pool number, its page closed but within the hold time.</summary>
    WithinHold,

    /// <summary>Several sessions held the pool number; the most recently active one was taken.</summary>
    Ambiguous,

    /// <summary>The site's dedicated overflow number: the visitor's pool was exhausted, so no session can be named.</summary>
    Overflow,

    /// <summary>No session held the pool number, or the number names no source (e.g. the site's printed number).</summary>
    Unknown,

    /// <summary>A callback the visit asked for from the site's page: the session the request named.</summary>
    Callback,
}
