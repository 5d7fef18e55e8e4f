namespace CallTracker.Pbx.Calls;

/// <summary>
/// How a call ended, as stored in calls.status and reported. On an outgoing call (a manager's) the caller is the
/// manager: Answered, Busy and Missed say what the number dialled did, CallerHungUpBeforeAnswer that the manager gave up.
/// </summary>
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

    /// <summary>The caller pressed nothing in a voice menu and hung up before its fallback connected them.</summary>
    IvrNoInput,

    /// <summary>The caller pressed a wrong digit or extension and hung up before the fallback connected them.</summary>
    IvrInvalidInput,

    /// <summary>The caller hung up during the voice menu's greeting; calls.ivr_listened_seconds says how long they listened.</summary>
    HungUpInGreeting,

    /// <summary>Nobody answered and the caller left a message: calls.voicemail_path and voicemail_seconds.</summary>
    Voicemail,

    /// <summary>The call came outside business hours and the caller left no message.</summary>
    OffHours,

    /// <summary>The service stopped before the call was answered; the call was sent on to the dialplan fallback.</summary>
    HandedToDialplan,

    /// <summary>
    /// The service ended without finishing the call (killed, crashed, power lost); found at the next start-up. What
    /// happened after the last call event is unknown.
    /// </summary>
    Interrupted,

    /// <summary>The service could not handle the call (an ARI error it could not work around); see the call's events.</summary>
    Failed,

    /// <summary>The service was down; the dialplan fallback rang the managers and one answered. Imported from Asterisk's CDR.</summary>
    HandledByFallback,

    /// <summary>The service was down; the dialplan fallback rang the managers and nobody answered (voicemail or hang-up). Imported from Asterisk's CDR.</summary>
    MissedByFallback,

    /// <summary>A callback: a manager answered, heard the prompt, and talked with the client.</summary>
    CallbackConnected,

    /// <summary>A callback: no manager of the route answered (or every one was busy), so the client was not dialled.</summary>
    CallbackManagerNoAnswer,

    /// <summary>A callback: a manager answered, but the client's phone did not answer, or could not be reached.</summary>
    CallbackClientNoAnswer,

    /// <summary>A callback: a manager answered, but the client's line was busy.</summary>
    CallbackClientBusy,
}
