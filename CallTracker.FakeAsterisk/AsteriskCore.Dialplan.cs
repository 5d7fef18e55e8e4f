namespace CallTracker.Fakes;

/// <summary>
/// The harness dialplans of the recordings (<see cref="FakeDialplan"/>): <c>from-trunk</c> before and after Stasis,
/// and <c>sim-manager</c>.
/// </summary>
internal sealed partial class AsteriskCore
{
    private bool FallbackDialplan => _options.Dialplan == FakeDialplan.Fallback;

    /// <summary><c>from-trunk</c>: NoOp, Stasis(app, inbound, exten); when Stasis fails, Hangup() or the fallback.</summary>
    private void RunInboundDialplan(SimChannel channel)
    {
        var app = _options.AppName;
        var noOp = FallbackDialplan ? "call to " + channel.Exten + " from " + channel.Caller.Number : "inbound " + channel.Exten;
        EmitDialplan(channel, 1, "NoOp", noOp);
        EmitDialplan(channel, 2, "Stasis", app + ",inbound," + channel.Exten);
        if (EnterStasisFromDialplan(channel, app, ["inbound", channel.Exten]))
        {
            return;
        }

        if (FallbackDialplan)
        {
            RunAfterStasis(channel, failed: true);
            return;
        }

        EmitDialplan(channel, 3, "Hangup", string.Empty);
        Hangup(channel, HangupKind.Self, HangupCauses.NormalClearing);
    }

    /// <summary><c>sim-manager</c>: Stasis(sim, manager, exten), after a NoOp in the classic dialplan.</summary>
    private void RunSimManagerDialplan(SimChannel callee)
    {
        var priority = 1;
        if (!FallbackDialplan)
        {
            EmitDialplan(callee, priority++, "NoOp", "manager phone " + callee.Exten);
        }

        EmitDialplan(callee, priority, "Stasis", "sim,manager," + callee.Exten);
        if (!EnterStasisFromDialplan(callee, "sim", ["manager", callee.Exten]))
        {
            EmitDialplan(callee, priority + 1, "Hangup", string.Empty);
            Hangup(callee, HangupKind.Self, HangupCauses.NormalClearing);
        }
    }

    /// <summary>
    /// <c>POST /channels/{id}/continue</c>: the channel leaves Stasis and goes on in its dialplan: the fallback of
    /// <c>from-trunk</c> (transcript 19), or, in the classic dialplan, Hangup().
    /// </summary>
    public void Continue(string channelId)
    {
        var channel = RequireChannel(channelId);
        RequireStasis(channel);
        if (channel.Bridge is not null)
        {
            LeaveBridge(channel);
        }

        ExitStasis(channel);
        if (FallbackDialplan && channel.Program == CalleeProgram.Inbound)
        {
            RunAfterStasis(channel, failed: false);
            return;
        }

        if (channel.Program == CalleeProgram.Outbound)
        {
            RunOutboundAfterStasis(channel, failed: false);
            return;
        }

        Hangup(channel, HangupKind.Self, HangupCauses.NormalClearing);
    }

    /// <summary>
    /// Transcript 19: <c>GotoIf(0?down)</c>, <c>Goto(fallback)</c>, then at priority 6 <c>Dial(target,10)</c>. With
    /// STASISSTATUS=FAILED the GotoIf jumps to <c>down</c> (priority 5), whose application no recording shows: the
    /// fake goes straight on to the fallback Dial.
    /// </summary>
    private void RunAfterStasis(SimChannel channel, bool failed)
    {
        EmitDialplan(channel, 3, "GotoIf", (failed ? "1" : "0") + "?down");
        if (!failed)
        {
            EmitDialplan(channel, 4, "Goto", "fallback");
        }

        StartDialplanDial(channel, 6, _options.FallbackDial, _options.FallbackDialSeconds);
    }
}
