namespace CallTracker.Fakes;

public sealed partial class FakeAsterisk
{
    /// <summary>Sends text frames as they are, valid or not, to every <c>/ari/events</c> socket, for fuzzing the client.</summary>
    public void SendRawFrames(IEnumerable<string> frames)
    {
        lock (_core.Gate)
        {
            foreach (var socket in _core.AllSockets)
            {
                foreach (var frame in frames)
                {
                    socket.Enqueue(frame);
                }
            }
        }
    }
}
