using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Routing;

namespace CallTracker.Tests.Pbx.Calls.Ringing.Sticky;

/// <summary>
/// A call for a ring strategy to ring: each phone ends its ringing at once as <see cref="Outcomes"/> says (no answer
/// when unset), a phone that answers is connected, and the phones rung are listed in order.
/// </summary>
internal sealed class FakeRingCall(string callerNumber) : IRingCall
{
    private readonly TaskCompletionSource callerLeft = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Dictionary<string, DialOutcome> Outcomes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Rung { get; } = [];

    public Task CallerLeft => callerLeft.Task;

    public string CallerNumber => callerNumber;

    public Task<IDialAttempt> DialAsync(RouteTarget target, CancellationToken cancellationToken)
    {
        Rung.Add(target.Endpoint);
        var outcome = Outcomes.GetValueOrDefault(target.Endpoint, DialOutcome.NoAnswer);
        return Task.FromResult<IDialAttempt>(new FakeDialAttempt(target, Rung.Count, outcome));
    }

    public Task<ConnectResult> ConnectAsync(IDialAttempt answered, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectResult.Connected);

    private sealed class FakeDialAttempt(RouteTarget target, int attempt, DialOutcome outcome) : IDialAttempt
    {
        public RouteTarget Target => target;

        public int Attempt => attempt;

        public Task<DialOutcome> Outcome { get; } = Task.FromResult(outcome);

        public Task CancelAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
