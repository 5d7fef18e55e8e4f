using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>
/// Every phone at once; the first to answer takes the call and the others stop ringing. Two answering in the same
/// instant leave exactly one connected: the outcomes are taken one at a time, and the later one is hung up.
/// </summary>
public sealed class SimultaneousRing(IReadOnlyList<RouteTarget> targets) : IRingStrategy
{
    public async Task<RingResult> RingAsync(IRingCall ringing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ringing);
        var rung = new List<IDialAttempt>();
        foreach (var target in targets)
        {
            rung.Add(await ringing.DialAsync(target, cancellationToken));
        }

        var busy = 0;
        var waiting = rung.ToList();
        while (waiting.Count > 0)
        {
            await Task.WhenAny(waiting.Select(a => (Task)a.Outcome).Append(ringing.CallerLeft)).WaitAsync(cancellationToken);
            if (ringing.CallerLeft.IsCompleted)
            {
                await CancelAllAsync(waiting, cancellationToken);
                return RingResult.LeftByCaller();
            }

            var done = waiting.First(a => a.Outcome.IsCompleted);
            waiting.Remove(done);
            switch (await done.Outcome)
            {
                case DialOutcome.Answered:
                    await CancelAllAsync(waiting, cancellationToken);
                    var connected = await ringing.ConnectAsync(done, cancellationToken);
                    return connected switch
                    {
                        ConnectResult.Connected => RingResult.ConnectedTo(done),
                        ConnectResult.CallerLeft => RingResult.LeftByCaller(),
                        _ => RingResult.Exhausted(rung.Count, busy),
                    };
                case DialOutcome.Busy:
                    busy++;
                    break;
            }
        }

        return RingResult.Exhausted(rung.Count, busy);
    }

    private static async Task CancelAllAsync(IEnumerable<IDialAttempt> attempts, CancellationToken cancellationToken)
    {
        foreach (var attempt in attempts)
        {
            await attempt.CancelAsync(cancellationToken);
        }
    }
}
