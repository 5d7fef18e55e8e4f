using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Routing;

namespace CallTracker.Tests.Pbx.Calls.Ringing;

/// <summary>
/// A call for a ring strategy under test. Each phone dialled is a <see cref="ScriptedDialAttempt"/> the test completes
/// (endpoints in <see cref="AtOnce"/> end their ringing as soon as they are dialled). Like the real dialer, a leg counts
/// in <see cref="ManagerLoad"/> from its dial until its ringing ends without an answer, or the test ends the call.
/// </summary>
internal sealed class ScriptedRingCall(ManagerLoad load, string callId = "call-1") : IRingCall
{
    private readonly Lock gate = new();
    private readonly TaskCompletionSource callerLeft = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<ScriptedDialAttempt> attempts = [];
    private readonly List<(string Endpoint, TaskCompletionSource<ScriptedDialAttempt> Dialled)> waiters = [];
    private readonly List<IDisposable> holds = [];

    public string CallerNumber => "79161234567";

    /// <summary>Outcomes of phones that stop ringing the moment they are dialled.</summary>
    public Dictionary<string, DialOutcome> AtOnce { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What putting the caller through to a manager who answered gives; Connected unless set.</summary>
    public ConnectResult ConnectAs { get; set; } = ConnectResult.Connected;

    /// <summary>Completes before any dial returns: lets a test hold a dial in flight.</summary>
    public Task DialDelay { get; set; } = Task.CompletedTask;

    /// <summary>Phones dialled, in order.</summary>
    public IReadOnlyList<ScriptedDialAttempt> Attempts
    {
        get
        {
            lock (gate)
            {
                return attempts.ToList();
            }
        }
    }

    public IReadOnlyList<string> Rung => Attempts.Select(a => a.Target.Endpoint).ToList();

    public Task CallerLeft => callerLeft.Task;

    public void Leave() => callerLeft.TrySetResult();

    /// <summary>The call ends: every leg it holds stops counting in the load.</summary>
    public void End()
    {
        lock (gate)
        {
            holds.ForEach(h => h.Dispose());
        }
    }

    /// <summary>Completes when <paramref name="endpoint"/> has been dialled.</summary>
    public Task<ScriptedDialAttempt> DialledAsync(string endpoint, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (attempts.FirstOrDefault(a => a.Target.Endpoint == endpoint) is { } dialled)
            {
                return Task.FromResult(dialled);
            }

            var waiter = new TaskCompletionSource<ScriptedDialAttempt>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((endpoint, waiter));
            return waiter.Task.WaitAsync(cancellationToken);
        }
    }

    public async Task<IDialAttempt> DialAsync(RouteTarget target, CancellationToken cancellationToken)
    {
        await DialDelay.WaitAsync(cancellationToken);
        var hold = load.Hold(target.Endpoint, callId);
        ScriptedDialAttempt attempt;
        lock (gate)
        {
            attempt = new ScriptedDialAttempt(target, attempts.Count + 1);
            attempts.Add(attempt);
            holds.Add(hold);
            waiters.Where(w => w.Endpoint == target.Endpoint).ToList().ForEach(w => w.Dialled.TrySetResult(attempt));
        }

        _ = ReleaseUnlessAnsweredAsync(attempt, hold);
        if (AtOnce.TryGetValue(target.Endpoint, out var outcome))
        {
            attempt.Complete(outcome);
        }

        return attempt;
    }

    private static async Task ReleaseUnlessAnsweredAsync(ScriptedDialAttempt attempt, IDisposable hold)
    {
        if (await attempt.Outcome != DialOutcome.Answered)
        {
            hold.Dispose();
        }
    }

    public Task<ConnectResult> ConnectAsync(IDialAttempt answered, CancellationToken cancellationToken) => Task.FromResult(ConnectAs);
}
