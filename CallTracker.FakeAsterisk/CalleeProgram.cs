namespace CallTracker.Fakes;

/// <summary>What the dialled half of a call does: the dialplan contexts of the recordings, or a phone's behaviour.</summary>
internal enum CalleeProgram
{
    None,

    /// <summary><c>from-trunk</c>: NoOp, then Stasis(app, inbound, exten); Hangup when Stasis fails or returns.</summary>
    Inbound,

    /// <summary>
    /// <c>managers</c>, <c>_9X.</c> (asterisk-config/extensions.conf): a manager's phone dialling a client, NoOp, then
    /// Stasis(app, outbound, number); when Stasis fails or returns, Dial(PJSIP/number@trunk).
    /// </summary>
    Outbound,

    /// <summary><c>sim-manager</c>: NoOp, then Stasis(sim, manager, exten) — the recordings' phone simulator.</summary>
    SimManager,

    /// <summary><c>sim-caller</c>: Stasis(sim) with no arguments.</summary>
    SimCaller,

    /// <summary>Ringing, then nothing until the dial timeout (<c>mgr-noanswer</c>, <see cref="PhoneBehaviour.NeverAnswer"/>).</summary>
    Ringing,

    /// <summary>Rings, then answers after a delay (<see cref="PhoneBehaviour.AnswerAfter"/>).</summary>
    AnswerAfter,

    /// <summary>Rings and waits for the test (<see cref="PhoneBehaviour.Manual"/>).</summary>
    Manual,

    /// <summary>Busy(5): Dial BUSY, hangup cause 17 five seconds later.</summary>
    Busy,

    /// <summary>Congestion(5): Dial CONGESTION, hangup cause 34 five seconds later.</summary>
    Congestion,

    /// <summary>Hangup(cause) at once: no final Dial status.</summary>
    Reject,

    /// <summary>Answer at once (<c>mgr-answer-talk</c>).</summary>
    AnswerNow,

    /// <summary>The Local channel's context does not exist: the call fails without a hangup request.</summary>
    NoSuchContext,
}
