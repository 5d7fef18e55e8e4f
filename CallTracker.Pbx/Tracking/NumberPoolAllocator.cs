namespace CallTracker.Pbx.Tracking;

/// <summary>Every site's pools, built once from tracking.json; see <see cref="NumberPool"/> for how a number is chosen.</summary>
public sealed class NumberPoolAllocator
{
    private readonly Dictionary<(string Site, string Pool), NumberPool> pools;

    public NumberPoolAllocator(TrackingDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        pools = directory.Pools.ToDictionary(
            p => (p.Site.ToUpperInvariant(), p.Name.ToUpperInvariant()),
            p => new NumberPool(p.Site, p.Name, p.Numbers));
    }

    public IEnumerable<NumberPool> Pools => pools.Values;

    /// <summary>A site's pool by name; null when tracking.json has no such pool (any more).</summary>
    public NumberPool? Find(string site, string pool) => pools.GetValueOrDefault((site.ToUpperInvariant(), pool.ToUpperInvariant()));
}
