namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>
/// Groups of phones in order of priority, each ringing as its own strategy says; when nobody in a group is connected
/// (no answer, all busy, unreachable, or the one who answered declined), the next group rings.
/// </summary>
public sealed class PriorityRing(IReadOnlyList<IRingStrategy> groups) : IRingStrategy
{
    public async Task<RingResult> RingAsync(IRingCall ringing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ringing);
        var attempts = 0;
        var busy = 0;
        foreach (var group in groups)
        {
            if (ringing.CallerLeft.IsCompleted)
            {
                return RingResult.LeftByCaller();
            }

            var result = await group.RingAsync(ringing, cancellationToken);
            if (result.Connected is not null || result.CallerLeft)
            {
                return result;
            }

            attempts += result.Attempts;
            busy += result.Busy;
        }

        return RingResult.Exhausted(attempts, busy);
    }
}
