namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>Which phones ring for a call, in what order or together, until one manager is connected to the caller.</summary>
public interface IRingStrategy
{
    Task<RingResult> RingAsync(IRingCall ringing, CancellationToken cancellationToken);
}
