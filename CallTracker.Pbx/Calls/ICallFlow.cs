namespace CallTracker.Pbx.Calls;

/// <summary>What one kind of call does, step by step, inside the <see cref="CallSession"/> that owns it.</summary>
public interface ICallFlow
{
    /// <summary>The values the session's log scope carries for every line of this call.</summary>
    IReadOnlyDictionary<string, object> LogScope { get; }

    /// <summary>The call's course, from its first step to its final status.</summary>
    Task<CallStatus> RunAsync(CancellationToken cancellationToken);

    /// <summary>The call must end now (the service is stopping, or its watchdog gave up on a wait): hand it over and say how it ended.</summary>
    Task<CallStatus> EndEarlyAsync();

    /// <summary>An ARI or HTTP failure the steps could not work around ended the call: the status to record.</summary>
    CallStatus StatusAfterFailure(Exception exception);
}
