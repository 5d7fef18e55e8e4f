using CallTracker.Pbx.Calls;

namespace CallTracker.Pbx.Callbacks;

/// <summary>Where the scheduler places a callback's attempts: the call dispatcher, as every call is; tests give it a fake.</summary>
public interface ICallbackCalls
{
    /// <summary>Asterisk is connected: an attempt started now can ring anyone.</summary>
    bool CanCall { get; }

    /// <summary>Places the attempt's call and completes with its final status.</summary>
    Task<CallStatus> CallAsync(CallbackCall attempt, CancellationToken cancellationToken);
}
