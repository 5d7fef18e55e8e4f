namespace CallTracker.Pbx.Calls.Steps;

/// <summary>
/// What the caller needs once managers' phones ring: the subscription to its channel, and ringing or hold music.
/// Started after the first dial, it waits while other calls are still on their way to their first dial
/// (<see cref="CallSetupGate"/>); a manager who answers, or the end of the ringing, has it sent at once.
/// </summary>
/// <param name="setup">This call's own place among the calls being set up; given up once its first phone is dialled.</param>
internal sealed class CallerPreparation(CallSetupGate gate, IDisposable setup, Func<Task> prepare, CancellationToken cancellationToken)
{
    private readonly Lazy<Task> prepared = new(prepare);
    private Task? started;

    /// <summary>After the first dial: sends what the caller needs once no other call waits for its first dial.</summary>
    public void Start()
    {
        setup.Dispose();
        started ??= StartAsync();
    }

    /// <summary>Sends what the caller needs now, whatever other calls are doing; completes when it is sent.</summary>
    public Task ReadyAsync()
    {
        setup.Dispose();
        return prepared.Value;
    }

    private Task StartAsync() => gate.SendOnceClearAsync(() => prepared.Value, cancellationToken);
}
