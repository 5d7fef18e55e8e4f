using System.Collections.Concurrent;
using CallTracker.Pbx.Routing;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Calls.Ringing.Sticky;

/// <summary>
/// Who talked to each caller last, within Routing:StickyDays: what <see cref="StickyRing"/> reads, so no call waits on
/// the database to find it. Filled at start-up from the store (<see cref="LastManagersLoader"/>), kept current from the
/// call events (<see cref="LastManagersSink"/>); a caller whose last answer leaves the window is evicted, so the
/// window bounds its size. Callers are keyed by digits, as trunks send the same number as +7916… or 7916….
/// </summary>
public sealed class LastManagers(IOptions<RoutingOptions> routing, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, LastAnswer> byCaller = new(StringComparer.Ordinal);

    public TimeSpan Window => TimeSpan.FromDays(routing.Value.StickyDays);

    /// <summary>Callers held now, including any whose answer left the window since the last eviction.</summary>
    public int Count => byCaller.Count;

    /// <summary>Notes that <paramref name="endpoint"/> answered the caller; an earlier answer than the one known changes nothing.</summary>
    public void Remember(string callerNumber, string endpoint, DateTimeOffset answeredAt)
    {
        var caller = PhoneNumber.Normalize(callerNumber);
        if (caller.Length == 0 || answeredAt < Since())
        {
            return;
        }

        var answer = new LastAnswer(endpoint, answeredAt);
        byCaller.AddOrUpdate(caller, answer, (_, known) => known.At >= answeredAt ? known : answer);
    }

    /// <summary>The endpoint of the manager who talked to the caller last, if that was within the window.</summary>
    public string? Find(string callerNumber)
    {
        var caller = PhoneNumber.Normalize(callerNumber);
        return caller.Length > 0 && byCaller.TryGetValue(caller, out var last) && last.At >= Since() ? last.Endpoint : null;
    }

    /// <summary>Forgets the callers last answered before the window; returns how many.</summary>
    public int Evict()
    {
        var since = Since();
        var evicted = 0;
        foreach (var entry in byCaller)
        {
            // Removes the entry only as it was read: an answer remembered meanwhile stays.
            if (entry.Value.At < since && byCaller.TryRemove(entry))
            {
                evicted++;
            }
        }

        return evicted;
    }

    private DateTimeOffset Since() => time.GetUtcNow() - Window;

    private readonly record struct LastAnswer(string Endpoint, DateTimeOffset At);
}
