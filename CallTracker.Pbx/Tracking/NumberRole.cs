namespace CallTracker.Pbx.Tracking;

/// <summary>A dialled number's role: a static source, a site's pool, a site's overflow or printed number, or none.</summary>
public sealed record NumberRole(NumberRoleKind Kind, string? Site = null, string? Pool = null, StaticNumberOptions? Static = null)
{
    public static readonly NumberRole Unknown = new(NumberRoleKind.Unknown);
}
