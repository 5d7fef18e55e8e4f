using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>One phone after another, each for its own ring time, in the route's order.</summary>
public sealed class SequentialRing(IReadOnlyList<RouteTarget> targets) : IRingStrategy
{
    public async Task<RingResult> RingAsync(IRingCall ringing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ringing);
        var busy = 0;
        var attempts = 0;
        foreach (var target in targets)
        {
            if (ringing.CallerLeft.IsCompleted)
            {
                return RingResult.LeftByCaller();
            }

            attempts++;
            var attempt = await ringing.DialAsync(target, cancellationToken);
            await Task.WhenAny(attempt.Outcome, ringing.CallerLeft).WaitAsync(cancellationToken);
            if (!attempt.Outcome.IsCompleted)
            {
                await attempt.CancelAsync(cancellationToken);
                return RingResult.LeftByCaller();
            }

            switch (await attempt.Outcome)
            {
                case DialOutcome.Answered:
                    var connected = await ringing.ConnectAsync(attempt, cancellationToken);
                    if (connected != ConnectResult.Declined)
                    {
                        return connected == ConnectResult.Connected ? RingResult.ConnectedTo(attempt) : RingResult.LeftByCaller();
                    }

                    break;
                case DialOutcome.Busy:
                    busy++;
                    break;
                case DialOutcome.Cancelled:
                    return RingResult.LeftByCaller();
            }
        }

        return RingResult.Exhausted(attempts, busy);
    }
}
