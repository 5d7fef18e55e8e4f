namespace CallTracker.Fakes;

/// <summary>What a test can read of someone at the far end of a channel (a caller or a manager's phone), under the fake's lock.</summary>
public abstract class FakeParty
{
    private protected FakeParty(AsteriskCore core, ExternalParty party)
    {
        Core = core;
        Party = party;
    }

    public bool IsHungUp => Read(p => p.IsHungUp);

    /// <summary>The cause this side got when the app (or Asterisk) hung it up (busy: 17, normal: 16, no_answer: 19); null if it hung up itself.</summary>
    public int? HangupCauseHeard => Read(p => p.HangupCauseHeard);

    /// <summary>Media URIs played to this side's channel or to a bridge it was in, in order.</summary>
    public IReadOnlyList<string> MediaHeard => Read<IReadOnlyList<string>>(p => [.. p.MediaHeard]);

    /// <summary>DTMF digits that reached this side.</summary>
    public string DtmfHeard => Read(p => p.DtmfHeard.ToString());

    private protected AsteriskCore Core { get; }

    private protected ExternalParty Party { get; }

    public Task SendDtmfAsync(string digits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digits);
        cancellationToken.ThrowIfCancellationRequested();
        lock (Core.Gate)
        {
            Core.PartySendsDtmf(Party, digits);
        }

        return Task.CompletedTask;
    }

    public Task WaitForHangupAsync(CancellationToken cancellationToken) => Party.HungUp.Task.WaitAsync(cancellationToken);

    private protected T Read<T>(Func<ExternalParty, T> read)
    {
        lock (Core.Gate)
        {
            return read(Party);
        }
    }
}
