namespace CallTracker.Pbx.Callbacks;

/// <summary>Where a callback stands, as stored in callbacks.state and answered by GET /api/callbacks/{id}.</summary>
public enum CallbackState
{
    /// <summary>Waiting for its first attempt or its next retry (next_attempt_at).</summary>
    Pending,

    /// <summary>An attempt is under way: managers ring, or one is calling the client.</summary>
    Calling,

    /// <summary>A manager and the client talked (status CallbackConnected). Done.</summary>
    Connected,

    /// <summary>Every attempt ended without a conversation; the status says how the last one did. Done.</summary>
    Failed,
}
