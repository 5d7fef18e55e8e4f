using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Tracking;

/// <summary>tracking.json, validated and indexed; <see cref="Reload"/> swaps in an edited one for the requests and calls that follow.</summary>
public sealed class TrackingDirectory
{
    private readonly Lazy<TrackingIndex> initial;
    private TrackingIndex? reloaded;

    /// <remarks>Indexed on first use: the host creates services before validation reports their problems.</remarks>
    public TrackingDirectory(IOptions<TrackingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        initial = new(() => new TrackingIndex(options.Value));
    }

    public TimeSpan Hold => Index.Hold;

    public TimeSpan PingInterval => Index.PingInterval;

    /// <summary>
    /// A session counts as active (its page open) when it pinged within three intervals: browsers slow timers in
    /// background tabs, so pings come late rather than never.
    /// </summary>
    public TimeSpan ActiveWindow => PingInterval * 3;

    public string? CountryHeader => Index.CountryHeader;

    public TrackingLimitsOptions Limits => Index.Limits;

    public IReadOnlyList<PoolDefinition> Pools => Index.Pools;

    private TrackingIndex Index => Volatile.Read(ref reloaded) ?? initial.Value;

    public TrackingSite? FindSite(string name) => Index.FindSite(name);

    /// <summary>The origin is in some site's AllowedOrigins (a preflight names no site).</summary>
    public bool AnySiteAllows(string origin) => Index.AnySiteAllows(origin);

    public NumberRole Classify(string dialledNumber) => Index.Classify(dialledNumber);

    /// <summary>Takes validated settings; sites, rules and numbers change at once for everything that asks from now on.</summary>
    public void Reload(TrackingOptions settings) => Volatile.Write(ref reloaded, new TrackingIndex(settings));
}
