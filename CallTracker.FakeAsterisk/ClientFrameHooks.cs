namespace CallTracker.Fakes;

/// <summary>What the fake does when a client's control frame arrives on an event socket (see <see cref="ClientFrameFilter"/>).</summary>
internal sealed class ClientFrameHooks
{
    private readonly Func<bool> _pingReceived;
    private readonly Action _unsolicitedPong;

    /// <param name="pingReceived">Counts a PING; returns whether it is answered (false: swallowed).</param>
    /// <param name="unsolicitedPong">Records the PONG and drops the connection.</param>
    public ClientFrameHooks(Func<bool> pingReceived, Action unsolicitedPong)
    {
        _pingReceived = pingReceived;
        _unsolicitedPong = unsolicitedPong;
    }

    public bool PingReceived() => _pingReceived();

    public void UnsolicitedPong() => _unsolicitedPong();
}
