namespace CallTracker.Tests.Fakes;

/// <summary>The caller's end of a trunk call placed with <see cref="FakeAsterisk.PlaceInboundCallAsync"/>.</summary>
public sealed class FakeCaller
{
    private readonly AsteriskCore _core;
    private readonly ExternalParty _party;
    private readonly SimChannel _trunk;

    internal FakeCaller(AsteriskCore core, ExternalParty party, SimChannel trunk)
    {
        _core = core;
        _party = party;
        _trunk = trunk;
    }

    /// <summary>The id of the channel the app sees (<c>PJSIP/trunk-N</c>).</summary>
    public string ChannelId => _trunk.Id;

    /// <summary>The call reached the app (StasisStart); false when no event socket of the app was connected.</summary>
    public bool DeliveredToStasis
    {
        get
        {
            lock (_core.Gate)
            {
                return _trunk.EverInStasis;
            }
        }
    }

    /// <summary>The state of the app's channel: Ring, Up, ...</summary>
    public string State
    {
        get
        {
            lock (_core.Gate)
            {
                return _trunk.State;
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

    /// <summary>The cause the caller got when the app hung up (reason busy: 17, normal: 16, no_answer: 19); null otherwise.</summary>
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

    /// <summary>Media URIs played to the channel or to a bridge it was in, in order.</summary>
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

    /// <summary>DTMF digits the app sent towards the caller (<c>POST /channels/{id}/dtmf</c>, or bridged from the manager).</summary>
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

    /// <summary>Whether the caller talks (default) or sends silence: a recording with <c>maxSilenceSeconds</c> ends on silence.</summary>
    public void SetTalking(bool talking)
    {
        lock (_core.Gate)
        {
            _party.Talking = talking;
            _core.PartyAudioChanged(_party);
        }
    }

    /// <summary>The caller hangs up (the app's channel gets ChannelHangupRequest cause 16, StasisEnd, ...).</summary>
    public Task HangupAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_core.Gate)
        {
            _core.PartyHangsUp(_party, HangupCauses.NormalClearing);
        }

        return Task.CompletedTask;
    }

    /// <summary>Sends digits (100 ms each, 100 ms apart): one ChannelDtmfReceived per digit at the end of the digit.</summary>
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

    public Task WaitForStateAsync(string state, CancellationToken cancellationToken)
    {
        Task reached;
        lock (_core.Gate)
        {
            reached = _party.WaitForState(state, _trunk.State);
        }

        return reached.WaitAsync(cancellationToken);
    }
}
