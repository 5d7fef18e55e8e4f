using System.Collections.Concurrent;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>
/// How many calls each phone is ringing for or talking on right now, across all calls: what caps on concurrent calls
/// and "if free" rules read. Shared by every call, so a strategy never asks the database whether a manager is busy.
/// </summary>
public sealed class ManagerLoad
{
    private readonly ConcurrentDictionary<string, int> active = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Calls ringing or connected on <paramref name="endpoint"/>.</summary>
    public int ActiveCalls(string endpoint) => active.TryGetValue(endpoint, out var count) ? count : 0;

    public bool IsFree(string endpoint) => ActiveCalls(endpoint) == 0;

    /// <summary>Counts one call on the endpoint until the returned handle is disposed.</summary>
    public IDisposable Hold(string endpoint)
    {
        active.AddOrUpdate(endpoint, 1, (_, count) => count + 1);
        return new Release(this, endpoint);
    }

    private void Drop(string endpoint) => active.AddOrUpdate(endpoint, 0, (_, count) => Math.Max(0, count - 1));

    private sealed class Release(ManagerLoad load, string endpoint) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                load.Drop(endpoint);
            }
        }
    }
}
