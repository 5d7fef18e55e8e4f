namespace CallTracker.Fakes;

/// <summary>
/// Sees each event frame and REST request at the moment it crosses the fake's wire, so a benchmark can time how fast
/// an app reacts (<see cref="FakeAsteriskOptions.WireTap"/>). Called outside the fake's lock, from the socket's sender
/// and from concurrent requests: it must be thread-safe and quick, or it delays what it measures.
/// </summary>
public interface IWireTap
{
    /// <summary>An event is about to be written to an app's event socket.</summary>
    void EventSending(string json);

    /// <summary>A REST request has arrived and its body has been read; the fake has not acted on it yet.</summary>
    /// <param name="path">Like <c>/ari/channels/123/dial</c>.</param>
    /// <param name="query">The query string without its <c>?</c>; empty when there is none.</param>
    void RequestArrived(string method, string path, string query);
}
