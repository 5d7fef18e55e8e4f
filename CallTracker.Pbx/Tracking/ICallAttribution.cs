namespace CallTracker.Pbx.Tracking;

/// <summary>Finds where an arriving call came from; the call handler's one entry into number tracking.</summary>
public interface ICallAttribution
{
    /// <summary>Attributes and records the call. Never throws for a store failure: it is logged, and the call goes on.</summary>
    /// <returns>The call's source (e.g. google, billboard), or null when it is not known; the whisper announces it.</returns>
    Task<string?> AttributeAsync(string callId, string trackingNumber, string callerNumber, DateTimeOffset arrivedAt, CancellationToken cancellationToken);
}
