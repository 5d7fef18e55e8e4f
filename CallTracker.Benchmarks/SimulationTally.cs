using CallTracker.Store.Rows;

namespace CallTracker.Benchmarks;

/// <summary>Counts calls attributed to the right session, by reason, and every miss by its cause.</summary>
internal sealed class SimulationTally
{
    public int Calls { get; private set; }

    public int Right { get; private set; }

    public SortedDictionary<string, int> RightByReason { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> Misses { get; } = new(StringComparer.Ordinal);

    public int OverflowSessions { get; set; }

    /// <summary>Calls that got no attribution row at all: the service failed them.</summary>
    public int Unattributed { get; private set; }

    public void Add(SimulatedVisitor caller, CallAttributionRow? attribution)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Calls++;
        if (attribution is null)
        {
            Unattributed++;
        }
        else if (attribution.SessionId == caller.Sessions[^1])
        {
            Right++;
            Count(RightByReason, attribution.Reason);
        }
        else
        {
            Count(Misses, Cause(caller, attribution));
        }
    }

    public double RightShare => Calls == 0 ? 0 : (double)Right / Calls;

    public int Miss(string cause) => Misses.GetValueOrDefault(cause);

    private static string Cause(SimulatedVisitor caller, CallAttributionRow attribution) => attribution.Reason switch
    {
        "Overflow" => MissCause.Overflow,
        "Unknown" => MissCause.AfterHold,
        _ when caller.Sessions.Contains(attribution.SessionId!) => MissCause.EarlierSession,
        "Ambiguous" => MissCause.AmbiguousOtherVisitor,
        _ => MissCause.OtherVisitor,
    };

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
