namespace CallTracker.Fakes;

/// <summary>
/// The calling end of a call into Asterisk: a trunk caller (<see cref="FakeAsterisk.PlaceInboundCallAsync"/>) or a
/// manager's phone dialling out (<see cref="FakeAsterisk.PlaceOutboundCallAsync"/>).
/// </summary>
public sealed class FakeCaller : FakeParty
{
    private readonly SimChannel _trunk;

    internal FakeCaller(AsteriskCore core, ExternalParty party, SimChannel trunk)
        : base(core, party)
    {
        _trunk = trunk;
    }

    /// <summary>The id of the channel the app sees (<c>PJSIP/trunk-N</c>, or the manager's <c>PJSIP/101-N</c>).</summary>
    public string ChannelId => _trunk.Id;

    /// <summary>The call reached the app (StasisStart); false when no event socket of the app was connected.</summary>
    public bool DeliveredToStasis
    {
        get
        {
            lock (Core.Gate)
            {
                return _trunk.EverInStasis;
            }
        }
    }

    /// <summary>
    /// The Stasis app the caller's channel is in now, or null: it stays in the app while no socket of it is
    /// connected, and leaves it on <c>continue</c> or hangup (ARI README, transcript 19).
    /// </summary>
    public string? StasisApp
    {
        get
        {
            lock (Core.Gate)
            {
                return _trunk.StasisApp;
            }
        }
    }

    /// <summary>The state of the app's channel: Ring, Up, ...</summary>
    public string State
    {
        get
        {
            lock (Core.Gate)
            {
                return _trunk.State;
            }
        }
    }

    /// <summary>Whether the caller talks (default) or sends silence: a recording with <c>maxSilenceSeconds</c> ends on silence.</summary>
    public void SetTalking(bool talking)
    {
        lock (Core.Gate)
        {
            Party.Talking = talking;
            Core.PartyAudioChanged(Party);
        }
    }

    /// <summary>The caller hangs up (the app's channel gets ChannelHangupRequest cause 16, StasisEnd, ...).</summary>
    public Task HangupAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (Core.Gate)
        {
            Core.PartyHangsUp(Party, HangupCauses.NormalClearing);
        }

        return Task.CompletedTask;
    }

    public Task WaitForStateAsync(string state, CancellationToken cancellationToken)
    {
        Task reached;
        lock (Core.Gate)
        {
            reached = Party.WaitForState(state, _trunk.State);
        }

        return reached.WaitAsync(cancellationToken);
    }
}
