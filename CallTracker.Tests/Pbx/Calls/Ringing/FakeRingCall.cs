using CallTracker.Pbx.Calls.Legs;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Routing;

namespace CallTracker.Tests.Pbx.Calls.Ringing;

/// <summary>The call a strategy rings for, with phones that behave as <see cref="Phones"/> says when dialled.</summary>
internal sealed class FakeRingCall : IRingCall
{
    private readonly TaskCompletionSource callerLeft = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What each endpoint does the moment it is dialled; an endpoint not listed rings until the test ends it.</summary>
    public Dictionary<string, DialOutcome> Phones { get; } = [];

    /// <summary>How putting the caller through goes, per endpoint; Connected when not listed.</summary>
    public Dictionary<string, ConnectResult> Connects { get; } = [];

    public List<FakeDialAttempt> Dialled { get; } = [];

    public List<string> PutThrough { get; } = [];

    public Task CallerLeft => callerLeft.Task;

    /// <summary>Withheld unless the test sets it.</summary>
    public string CallerNumber { get; init; } = "";

    public static IReadOnlyList<RouteTarget> Targets(params string[] endpoints) =>
        endpoints.Select(e => new RouteTarget(e, e, TimeSpan.FromSeconds(20))).ToList();

    public FakeDialAttempt Attempt(string endpoint) => Dialled.Single(a => a.Target.Endpoint == endpoint);

    public void CallerHangsUp() => callerLeft.TrySetResult();

    public Task<IDialAttempt> DialAsync(RouteTarget target, CancellationToken cancellationToken)
    {
        var attempt = new FakeDialAttempt(target, Dialled.Count + 1);
        Dialled.Add(attempt);
        if (Phones.TryGetValue(target.Endpoint, out var outcome))
        {
            attempt.End(outcome);
        }

        return Task.FromResult<IDialAttempt>(attempt);
    }

    public Task<ConnectResult> ConnectAsync(IDialAttempt answered, CancellationToken cancellationToken)
    {
        var result = Connects.GetValueOrDefault(answered.Target.Endpoint, ConnectResult.Connected);
        if (result == ConnectResult.Connected)
        {
            PutThrough.Add(answered.Target.Endpoint);
        }

        return Task.FromResult(result);
    }
}
