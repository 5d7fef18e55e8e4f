namespace CallTracker.Pbx.Tracking;

/// <summary>Every site's pools, built from tracking.json; see <see cref="NumberPool"/> for how a number is chosen.</summary>
public sealed class NumberPoolAllocator
{
    private Dictionary<(string Site, string Pool), NumberPool> pools;

    public NumberPoolAllocator(TrackingDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        pools = directory.Pools.ToDictionary(Key, p => new NumberPool(p.Site, p.Name, p.Numbers));
    }

    public IEnumerable<NumberPool> Pools => Volatile.Read(ref pools).Values;

    /// <summary>A site's pool by name; null when tracking.json has no such pool (any more).</summary>
    public NumberPool? Find(string site, string pool) => Volatile.Read(ref pools).GetValueOrDefault((site.ToUpperInvariant(), pool.ToUpperInvariant()));

    /// <summary>
    /// After tracking.json changed: a pool with the same numbers is kept as it is; a changed or new one starts with
    /// the holds its numbers had (in the old pool), so no visitor's number goes to someone else.
    /// </summary>
    public void Reload(IReadOnlyList<PoolDefinition> definitions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var current = Volatile.Read(ref pools);
        var holds = current.Values.SelectMany(p => p.Held(now)).GroupBy(h => h.Number).ToDictionary(g => g.Key, g => g.MaxBy(h => h.HeldUntil));
        var next = new Dictionary<(string Site, string Pool), NumberPool>();
        foreach (var definition in definitions)
        {
            var key = Key(definition);
            if (current.TryGetValue(key, out var kept) && kept.Numbers.SetEquals(definition.Numbers))
            {
                next[key] = kept;
                continue;
            }

            var pool = new NumberPool(definition.Site, definition.Name, definition.Numbers);
            foreach (var number in definition.Numbers.Where(holds.ContainsKey))
            {
                pool.Restore(number, holds[number].Visitor, holds[number].HeldUntil);
            }

            next[key] = pool;
        }

        Volatile.Write(ref pools, next);
    }

    private static (string Site, string Pool) Key(PoolDefinition pool) => (pool.Site.ToUpperInvariant(), pool.Name.ToUpperInvariant());
}
