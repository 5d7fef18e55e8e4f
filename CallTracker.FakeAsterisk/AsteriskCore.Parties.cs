namespace CallTracker.Fakes;

/// <summary>What the test's caller and phones do, as the hidden halves of their calls.</summary>
internal sealed partial class AsteriskCore
{
    public void PartyHangsUp(ExternalParty party, int cause)
    {
        if (party.Half is { Destroyed: false } half)
        {
            Hangup(half, HangupKind.Self, cause);
        }
    }

    public void PartyAnswers(ExternalParty party)
    {
        if (party.Half is not { Destroyed: false } half)
        {
            throw new InvalidOperationException("The phone has already hung up.");
        }

        CalleeAnswer(half);
    }

    public void PartySendsDtmf(ExternalParty party, string digits)
    {
        if (party.Half is not { Destroyed: false } half)
        {
            throw new InvalidOperationException("The call has already ended.");
        }

        SendDtmf(half, digits, 0, 100, 100);
    }

    public void PartyAudioChanged(ExternalParty party)
    {
        if (party.Half is { } half)
        {
            AudioChanged(half);
        }
    }
}
