using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>
/// Which dealer of a Weighted route rings next, shared by every call: smooth weighted round robin as nginx does it.
/// Each pick adds every eligible dealer's weight to its score, takes the highest score and subtracts the sum of the
/// weights from it, so weights 3 and 1 give A A B A, A A B A … rather than A A A B. A dealer closed by its schedule or
/// at its cap is left out of the pick and gains nothing, as nginx leaves out a peer that is down.
/// </summary>
public sealed class DealerRotation(ManagerLoad load, TimeProvider time)
{
    private readonly Lock gate = new();

    /// <summary>Per route, each dealer's running score.</summary>
    private readonly Dictionary<string, Dictionary<string, int>> scores = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per dealer, calls that picked it and have not dialled its first phone yet, so the cap holds between the two.</summary>
    private readonly Dictionary<string, int> picked = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The next dealer for a call on <paramref name="route"/>, other than those in <paramref name="passed"/>; null when none is left.</summary>
    public DealerTurn? Next(string route, IReadOnlyList<Dealer> dealers, IReadOnlySet<string> passed)
    {
        ArgumentNullException.ThrowIfNull(dealers);
        ArgumentNullException.ThrowIfNull(passed);
        var now = time.GetUtcNow();
        lock (gate)
        {
            var routeScores = scores.TryGetValue(route, out var known) ? known : scores[route] = new(StringComparer.OrdinalIgnoreCase);
            Dealer? best = null;
            var total = 0;
            foreach (var dealer in dealers.Where(d => !passed.Contains(d.Name) && d.IsOpen(now) && !IsFull(d)))
            {
                routeScores[dealer.Name] = routeScores.GetValueOrDefault(dealer.Name) + dealer.Weight;
                total += dealer.Weight;
                if (best is null || routeScores[dealer.Name] > routeScores[best.Name])
                {
                    best = dealer;
                }
            }

            if (best is null)
            {
                return null;
            }

            routeScores[best.Name] -= total;
            picked[best.Name] = picked.GetValueOrDefault(best.Name) + 1;
            var name = best.Name;
            return new DealerTurn(best, () => Unpick(name));
        }
    }

    private bool IsFull(Dealer dealer) => dealer.MaxCalls is { } cap && load.ActiveCalls(dealer.Endpoints) + picked.GetValueOrDefault(dealer.Name) >= cap;

    private void Unpick(string dealer)
    {
        lock (gate)
        {
            if (picked.GetValueOrDefault(dealer) <= 1)
            {
                picked.Remove(dealer);
            }
            else
            {
                picked[dealer]--;
            }
        }
    }
}
