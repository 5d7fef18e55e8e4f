namespace CallTracker.Fakes;

/// <summary>The manager's phone end of a leg the app dialled (<c>POST /channels/create</c> + <c>/dial</c> to <c>PJSIP/…</c>).</summary>
public sealed class FakePhone : FakeParty
{
    private readonly SimChannel _leg;

    internal FakePhone(AsteriskCore core, ExternalParty party, SimChannel leg)
        : base(core, party)
    {
        _leg = leg;
    }

    /// <summary>The id of the app's leg (the channel created with <c>/channels/create</c>).</summary>
    public string ChannelId => _leg.Id;

    public string Endpoint => Party.Endpoint;

    /// <summary>The state of the leg to the phone: Down, Ringing (the phone rings), Up (answered).</summary>
    public string State => Read(_ => _leg.State);

    /// <summary>Completes once the leg to the phone is in <paramref name="state"/> (e.g. Ringing).</summary>
    public Task WaitForStateAsync(string state, CancellationToken cancellationToken)
    {
        Task reached;
        lock (Core.Gate)
        {
            reached = Party.WaitForState(state, _leg.State);
        }

        return reached.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// The number the phone displays. Like a real PJSIP channel (res_pjsip_caller_id.c sets the INVITE's From from
    /// the channel's connected line) and a Local channel (transcript 17), this is the leg's <c>CONNECTEDLINE(num)</c>,
    /// which an originate's <c>callerId</c> also sets; null when empty.
    /// </summary>
    public string? CallerIdNumberShown => Read(p => p.CallerIdShown.Number.Length == 0 ? null : p.CallerIdShown.Number);

    /// <summary>The name the phone displays: the leg's <c>CONNECTEDLINE(name)</c>; null when empty.</summary>
    public string? CallerIdNameShown => Read(p => p.CallerIdShown.Name.Length == 0 ? null : p.CallerIdShown.Name);

    /// <summary>Answers: Dial ANSWER and ChannelStateChange Up on the leg.</summary>
    public Task AnswerAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (Core.Gate)
        {
            Core.PartyAnswers(Party);
        }

        return Task.CompletedTask;
    }

    /// <summary>Hangs up: once answered the leg gets cause 16; while ringing the phone rejects the call (cause 21).</summary>
    public Task HangupAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (Core.Gate)
        {
            var cause = Party.Half is { IsUp: true } ? HangupCauses.NormalClearing : HangupCauses.CallRejected;
            Core.PartyHangsUp(Party, cause);
        }

        return Task.CompletedTask;
    }
}
