namespace CallTracker.Pbx.Tracking;

/// <summary>Why a session shows the number it shows; stored with the session as text.</summary>
public enum ShownNumberKind
{
    /// <summary>A number from a pool, held for this visitor alone.</summary>
    Pool,

    /// <summary>A static number a rule chose (e.g. one number for all organic traffic).</summary>
    Static,

    /// <summary>The site's printed number: no rule matched.</summary>
    Default,

    /// <summary>The pool a rule chose was exhausted.</summary>
    Overflow,
}
