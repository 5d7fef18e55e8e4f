using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>
/// A route's dealers: the one <see cref="DealerRotation"/> gives first, all its phones at once; when nobody there is
/// connected, the next one it gives, until none is left. Dealers closed by their schedule or at their cap are passed over.
/// </summary>
public sealed class WeightedRing(string route, IReadOnlyList<Dealer> dealers, DealerRotation rotation) : IRingStrategy
{
    public async Task<RingResult> RingAsync(IRingCall ringing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ringing);
        var rung = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var attempts = 0;
        var busy = 0;
        while (!ringing.CallerLeft.IsCompleted && rotation.Next(route, dealers, rung) is { } turn)
        {
            RingResult result;
            using (turn)
            {
                rung.Add(turn.Dealer.Name);
                result = await new SimultaneousRing(turn.Dealer.Targets).RingAsync(new DealerRingCall(ringing, turn), cancellationToken);
            }

            if (result.Connected is not null || result.CallerLeft)
            {
                return result;
            }

            attempts += result.Attempts;
            busy += result.Busy;
        }

        return ringing.CallerLeft.IsCompleted ? RingResult.LeftByCaller() : RingResult.Exhausted(attempts, busy);
    }
}
