namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>
/// How many calls each phone is ringing for or talking on right now, across all calls: what caps on concurrent calls
/// and "if free" rules read. Shared by every call, so a strategy never asks the database whether a manager is busy.
/// </summary>
public sealed class ManagerLoad
{
    private readonly Lock gate = new();

    /// <summary>Per endpoint, the calls with legs on it and how many legs each: one call ringing a phone twice counts once.</summary>
    private readonly Dictionary<string, Dictionary<string, int>> legs = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Calls ringing or connected on <paramref name="endpoint"/>.</summary>
    public int ActiveCalls(string endpoint)
    {
        lock (gate)
        {
            return legs.TryGetValue(endpoint, out var calls) ? calls.Count : 0;
        }
    }

    /// <summary>Calls ringing or connected on any of <paramref name="endpoints"/> (a dealer's phones), each call once.</summary>
    public int ActiveCalls(IEnumerable<string> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        lock (gate)
        {
            return endpoints.SelectMany(e => legs.TryGetValue(e, out var calls) ? calls.Keys : Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal).Count();
        }
    }

    public bool IsFree(string endpoint) => ActiveCalls(endpoint) == 0;

    /// <summary>Counts a call on the endpoint until the returned handle is disposed.</summary>
    /// <param name="callId">The call the leg belongs to, so that its legs count once; null counts as a call of its own.</param>
    public IDisposable Hold(string endpoint, string? callId = null)
    {
        var call = callId ?? Guid.NewGuid().ToString("N");
        lock (gate)
        {
            var calls = legs.TryGetValue(endpoint, out var known) ? known : legs[endpoint] = new(StringComparer.Ordinal);
            calls[call] = calls.GetValueOrDefault(call) + 1;
        }

        return new Release(this, endpoint, call);
    }

    private void Drop(string endpoint, string call)
    {
        lock (gate)
        {
            if (!legs.TryGetValue(endpoint, out var calls) || !calls.TryGetValue(call, out var count))
            {
                return;
            }

            if (count > 1)
            {
                calls[call] = count - 1;
            }
            else if (calls.Remove(call) && calls.Count == 0)
            {
                legs.Remove(endpoint);
            }
        }
    }

    private sealed class Release(ManagerLoad load, string endpoint, string call) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                load.Drop(endpoint, call);
            }
        }
    }
}
