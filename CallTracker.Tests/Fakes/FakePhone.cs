namespace CallTracker.Tests.Fakes;

/// <summary>The manager's phone end of a leg the app dialled (<c>POST /channels/create</c> + <c>/dial</c> to <c>PJSIP/…</c>).</summary>
public sealed class FakePhone
{
    private readonly AsteriskCore _core;
    private readonly ExternalParty _party;
    private readonly SimChannel _leg;

    internal FakePhone(AsteriskCore core, ExternalParty party, SimChannel leg)
    {
        _core = core;
        _party = party;
        _leg = leg;
    }

    /// <summary>The id of the app's leg (the channel created with <c>/channels/create</c>).</summary>
    public string ChannelId => _leg.Id;

    public string Endpoint => _party.Endpoint;

    /// <summary>
    /// The number the phone displays. Like a real PJSIP channel (res_pjsip_caller_id.c sets the INVITE's From from
    /// the channel's connected line) and a Local channel (transcript 17), this is the leg's <c>CONNECTEDLINE(num)</c>,
    /// which an originate's <c>callerId</c> also sets; null when empty.
    /// </summary>
    public string? CallerIdNumberShown
    {
        get
        {
            lock (_core.Gate)
            {
                return _party.CallerIdShown.Number.Length == 0 ? null : _party.CallerIdShown.Number;
            }
        }
    }

    /// <summary>The name the phone displays: the leg's <c>CONNECTEDLINE(name)</c>; null when empty.</summary>
    public string? CallerIdNameShown
    {
        get
        {
            lock (_core.Gate)
            {
                return _party.CallerIdShown.Name.Length == 0 ? null : _party.CallerIdShown.Name;
            }
        }
    }

    public bool IsHungUp
    {
        get
        {
            lock (_core.Gate)
            {
                return _party.IsHungUp;
            }
        }
    }

    /// <summary>The cause the phone got when the app or Asterisk hung the leg up; null if the phone hung up itself.</summary>
    public int? HangupCauseHeard
    {
        get
        {
            lock (_core.Gate)
            {
                return _party.HangupCauseHeard;
            }
        }
    }

    public IReadOnlyList<string> MediaHeard
    {
        get
        {
            lock (_core.Gate)
            {
                return [.. _party.MediaHeard];
            }
        }
    }

    /// <summary>DTMF digits that reached the phone (sent on the leg, or bridged from the caller).</summary>
    public string DtmfHeard
    {
        get
        {
            lock (_core.Gate)
            {
                return _party.DtmfHeard.ToString();
            }
        }
    }

    /// <summary>Answers: Dial ANSWER and ChannelStateChange Up on the leg.</summary>
    public Task AnswerAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_core.Gate)
        {
            _core.PartyAnswers(_party);
        }

        return Task.CompletedTask;
    }

    /// <summary>Hangs up: once answered the leg gets cause 16; while ringing the phone rejects the call (cause 21).</summary>
    public Task HangupAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_core.Gate)
        {
            var cause = _party.Half is { IsUp: true } ? HangupCauses.NormalClearing : HangupCauses.CallRejected;
            _core.PartyHangsUp(_party, cause);
        }

        return Task.CompletedTask;
    }

    public Task SendDtmfAsync(string digits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digits);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_core.Gate)
        {
            _core.PartySendsDtmf(_party, digits);
        }

        return Task.CompletedTask;
    }

    public Task WaitForHangupAsync(CancellationToken cancellationToken) => _party.HungUp.Task.WaitAsync(cancellationToken);
}
