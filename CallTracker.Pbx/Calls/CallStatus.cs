namespace CallTracker.Pbx.Calls;

/// <summary>How a call ended, as stored in calls.status and reported.</summary>
public enum CallStatus
{
    InProgress,

    /// <summary>A manager took the call.</summary>
    Answered,

    /// <summary>Every manager of the route was rung and nobody answered (some may have been busy or unreachable).</summary>
    Missed,

    /// <summary>Every manager of the route was busy.</summary>
    Busy,

    /// <summary>The caller hung up before any manager answered.</summary>
    CallerHungUpBeforeAnswer,

    /// <summary>The service stopped before the call was answered; the call was sent on to the dialplan fallback.</summary>
    HandedToDialplan,

    /// <summary>The service could not handle the call (an ARI error it could not work around); see the call's events.</summary>
    Failed,
}
