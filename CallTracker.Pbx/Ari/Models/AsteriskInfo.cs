namespace CallTracker.Pbx.Ari.Models;

/// <summary>The parts of ARI model AsteriskInfo we log at connect time.</summary>
public sealed record AsteriskInfo
{
    public AsteriskSystemInfo? System { get; init; }
}
