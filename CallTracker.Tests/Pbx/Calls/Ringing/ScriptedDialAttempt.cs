using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Routing;

namespace CallTracker.Tests.Pbx.Calls.Ringing;

/// <summary>A phone rung by a strategy under test: it rings until the test completes its outcome, or the strategy cancels it.</summary>
internal sealed class ScriptedDialAttempt(RouteTarget target, int attempt) : IDialAttempt
{
    private readonly TaskCompletionSource<DialOutcome> outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RouteTarget Target => target;

    public int Attempt => attempt;

    public Task<DialOutcome> Outcome => outcome.Task;

    /// <summary>The strategy stopped this phone ringing (or hung it up).</summary>
    public bool Cancelled { get; private set; }

    public void Complete(DialOutcome result) => outcome.TrySetResult(result);

    public Task CancelAsync(CancellationToken cancellationToken)
    {
        Cancelled = true;
        outcome.TrySetResult(DialOutcome.Cancelled);
        return Task.CompletedTask;
    }
}
