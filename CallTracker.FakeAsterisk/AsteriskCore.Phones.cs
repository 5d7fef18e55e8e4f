namespace CallTracker.Fakes;

/// <summary>The managers' phones: what each does when dialled, and the legs dialled to them.</summary>
internal sealed partial class AsteriskCore
{
    private readonly List<(string Endpoint, TaskCompletionSource<FakePhone> Dialled)> _phoneLegWaiters = [];

    public void SetPhone(string endpoint, PhoneBehaviour behaviour) => _phoneBehaviours[endpoint] = behaviour;

    public FakePhone? FindPhoneLeg(string endpoint) =>
        _phoneLegs.LastOrDefault(p => string.Equals(p.Endpoint, endpoint, StringComparison.Ordinal));

    /// <summary>The next leg dialled to <paramref name="endpoint"/>, or the latest one if there already is one.</summary>
    public Task<FakePhone> WaitForPhoneLeg(string endpoint)
    {
        if (FindPhoneLeg(endpoint) is { } existing)
        {
            return Task.FromResult(existing);
        }

        var dialled = new TaskCompletionSource<FakePhone>(TaskCreationOptions.RunContinuationsAsynchronously);
        _phoneLegWaiters.Add((endpoint, dialled));
        return dialled.Task;
    }

    /// <summary>The manager's phone behind a PJSIP leg, behaving as the test set it with <c>SetPhone</c>.</summary>
    private SimChannel NewPhone(SimChannel leg)
    {
        var phone = AddChannel("phone-" + Guid.NewGuid().ToString("N"), "Phone/" + leg.Endpoint);
        phone.Hidden = true;
        phone.IsCallee = true;
        phone.Peer = leg;
        leg.Peer = phone;
        var behaviour = _phoneBehaviours.GetValueOrDefault(leg.Endpoint) ?? PhoneBehaviour.NeverAnswer();
        switch (behaviour)
        {
            case PhoneBehaviour.AnswerAfterBehaviour answer:
                phone.Program = CalleeProgram.AnswerAfter;
                phone.ProgramDelay = answer.Delay;
                break;
            case PhoneBehaviour.BusyBehaviour:
                phone.Program = CalleeProgram.Busy;
                break;
            case PhoneBehaviour.RejectBehaviour reject:
                phone.Program = CalleeProgram.Reject;
                phone.ProgramCause = reject.Cause;
                break;
            case PhoneBehaviour.ManualBehaviour:
                phone.Program = CalleeProgram.Manual;
                break;
            default:
                phone.Program = CalleeProgram.Ringing;
                break;
        }

        var party = new ExternalParty(leg.Endpoint) { Half = phone };
        phone.External = party;
        var fake = new FakePhone(this, party, leg);
        _phoneLegs.Add(fake);
        foreach (var waiter in _phoneLegWaiters.Where(w => string.Equals(w.Endpoint, leg.Endpoint, StringComparison.Ordinal)).ToList())
        {
            _phoneLegWaiters.Remove(waiter);
            waiter.Dialled.TrySetResult(fake);
        }

        return phone;
    }
}
