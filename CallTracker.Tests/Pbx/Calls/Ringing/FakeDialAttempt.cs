using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Routing;

namespace CallTracker.Tests.Pbx.Calls.Ringing;

/// <summary>A phone a strategy rang; the test says how the ringing ends.</summary>
internal sealed class FakeDialAttempt(RouteTarget target, int attempt) : IDialAttempt
{
    private readonly TaskCompletionSource<DialOutcome> outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RouteTarget Target => target;

    public int Attempt => attempt;

    public Task<DialOutcome> Outcome => outcome.Task;

    /// <summary>The strategy stopped this phone.</summary>
    public bool Cancelled { get; private set; }

    public void End(DialOutcome how) => outcome.TrySetResult(how);

    public Task CancelAsync(CancellationToken cancellationToken)
    {
        Cancelled = !outcome.Task.IsCompleted || Cancelled;
        outcome.TrySetResult(DialOutcome.Cancelled);
        return Task.CompletedTask;
    }
}
