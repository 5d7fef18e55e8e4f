using System.Text;

namespace CallTracker.Fakes;

/// <summary>The state of a party outside Asterisk (a trunk caller, a manager's phone) as the test sees it.</summary>
internal sealed class ExternalParty
{
    private readonly List<(string State, TaskCompletionSource Done)> _stateWaiters = [];

    public ExternalParty(string endpoint)
    {
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    /// <summary>The hidden half standing for this party.</summary>
    public SimChannel? Half { get; set; }

    public List<string> MediaHeard { get; } = [];

    public StringBuilder DtmfHeard { get; } = new();

    public int? HangupCauseHeard { get; set; }

    public bool IsHungUp { get; private set; }

    /// <summary>Talks while connected (its RTP carries voice, not silence): what a recording hears.</summary>
    public bool Talking { get; set; } = true;

    public PartyId CallerIdShown { get; set; } = PartyId.Empty;

    public TaskCompletionSource HungUp { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void MarkHungUp()
    {
        IsHungUp = true;
        HungUp.TrySetResult();
    }

    /// <summary>Completes when <paramref name="currentState"/> (read under the gate) equals <paramref name="state"/>.</summary>
    public Task WaitForState(string state, string currentState)
    {
        if (string.Equals(state, currentState, StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _stateWaiters.Add((state, done));
        return done.Task;
    }

    public void NotifyState(string state)
    {
        for (var i = _stateWaiters.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_stateWaiters[i].State, state, StringComparison.Ordinal))
            {
                _stateWaiters[i].Done.TrySetResult();
                _stateWaiters.RemoveAt(i);
            }
        }
    }
}
