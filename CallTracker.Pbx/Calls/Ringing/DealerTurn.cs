using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Ringing;

/// <summary>A dealer picked for one call; until disposed it holds a place under the dealer's cap.</summary>
public sealed class DealerTurn : IDisposable
{
    private readonly Action release;
    private int released;

    internal DealerTurn(Dealer dealer, Action release)
    {
        Dealer = dealer;
        this.release = release;
    }

    public Dealer Dealer { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            release();
        }
    }
}
