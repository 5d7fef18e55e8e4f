namespace CallTracker.Pbx.Tracking;

/// <summary>What a dialled number is in tracking.json, which decides how its calls are attributed.</summary>
public enum NumberRoleKind
{
    Unknown,
    Static,
    Pool,
    Overflow,
    SiteDefault,
}
