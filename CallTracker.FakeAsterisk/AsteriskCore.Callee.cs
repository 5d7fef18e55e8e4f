namespace CallTracker.Fakes;

/// <summary>What happens once a call is dialled: the callee's program, ringing, answer, dial timeout.</summary>
internal sealed partial class AsteriskCore
{
    private static readonly TimeSpan BusyHangupDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan WaitApplicationLength = TimeSpan.FromSeconds(60);

    private void StartCallee(SimChannel outgoing, SimChannel callee, int timeoutSeconds)
    {
        callee.Caller = outgoing.Connected;
        callee.Connected = outgoing.Caller;
        callee.State = "Ring";
        if (callee.External is { } party)
        {
            party.CallerIdShown = callee.Caller;
        }

        foreach (var (name, value) in outgoing.Variables.Where(v => !IsInternalVariable(v.Key)).ToList())
        {
            callee.Variables[name] = value;
            EmitVarset(callee, name, value);
        }

        if (callee.Program == CalleeProgram.NoSuchContext)
        {
            Hangup(outgoing, HangupKind.Vanish, HangupCauses.NormalClearing);
            return;
        }

        EmitCallerId(callee);
        EmitChannelEvent(callee, "ChannelConnectedLine");
        EmitDial(outgoing, string.Empty);
        if (timeoutSeconds > 0)
        {
            outgoing.DialTimer = Schedule(TimeSpan.FromSeconds(timeoutSeconds), () => DialTimedOut(outgoing));
        }

        RunCallee(callee);
    }

    private static bool IsInternalVariable(string name) =>
        name is "STASISSTATUS" or "BRIDGEPEER";

    private void RunCallee(SimChannel callee)
    {
        var outgoing = callee.Peer!;
        switch (callee.Program)
        {
            case CalleeProgram.Inbound:
                RunInboundDialplan(callee);
                break;
            case CalleeProgram.Outbound:
                RunOutboundDialplan(callee);
                break;
            case CalleeProgram.SimManager:
                RunSimManagerDialplan(callee);
                break;
            case CalleeProgram.Ringing:
                CalleeRing(callee);
                if (!callee.Hidden)
                {
                    Schedule(WaitApplicationLength, () => Hangup(callee, HangupKind.Self, HangupCauses.NormalClearing));
                }

                break;
            case CalleeProgram.AnswerAfter:
                CalleeRing(callee);
                Schedule(callee.ProgramDelay, () => CalleeAnswer(callee));
                break;
            case CalleeProgram.Manual:
                CalleeRing(callee);
                break;
            case CalleeProgram.Busy:
                EmitDial(outgoing, "BUSY");
                Schedule(BusyHangupDelay, () => Hangup(callee, HangupKind.Self, HangupCauses.UserBusy));
                break;
            case CalleeProgram.Congestion:
                EmitDial(outgoing, "CONGESTION");
                Schedule(BusyHangupDelay, () => Hangup(callee, HangupKind.Self, HangupCauses.Congestion));
                break;
            case CalleeProgram.Reject:
                Hangup(callee, HangupKind.Self, callee.ProgramCause);
                break;
            case CalleeProgram.AnswerNow:
                callee.Talks = true;
                CalleeAnswer(callee);
                break;
            default:
                break;
        }
    }

    /// <summary>The callee indicates ringing: the calling half goes Ringing and the dialler hears Dial RINGING.</summary>
    private void CalleeRing(SimChannel callee)
    {
        var outgoing = callee.Peer;
        if (outgoing is null || outgoing.HangupStarted || outgoing.IsUp
            || string.Equals(outgoing.State, "Ringing", StringComparison.Ordinal))
        {
            return;
        }

        SetState(outgoing, "Ringing");
        EmitDial(outgoing, "RINGING");
    }

    /// <summary>The callee answers: both halves go Up, Dial ANSWER, and an originated channel enters its app.</summary>
    private void CalleeAnswer(SimChannel callee)
    {
        if (callee.IsUp || callee.HangupStarted)
        {
            return;
        }

        SetState(callee, "Up");

        var outgoing = callee.Peer;
        if (outgoing is null || outgoing.HangupStarted)
        {
            return;
        }

        outgoing.DialTimer?.Cancel();
        outgoing.DialDone = true;
        SetState(outgoing, "Up");
        EmitDial(outgoing, "ANSWER");
        if (outgoing.DialMode == DialMode.DialplanDial)
        {
            DialplanDialAnswered(outgoing);
            return;
        }

        if (outgoing.DialMode != DialMode.Originate)
        {
            return;
        }

        if (outgoing.OriginateApp is { } app)
        {
            outgoing.AppName = "Stasis";
            outgoing.AppData = outgoing.OriginateArgs.Count == 0 ? app : app + "," + string.Join(',', outgoing.OriginateArgs);
            if (!EnterStasisFromDialplan(outgoing, app, outgoing.OriginateArgs))
            {
                Hangup(outgoing, HangupKind.Self, HangupCauses.NormalClearing);
            }
        }
        else if (outgoing.OriginateContext is { } context)
        {
            RunOriginateContext(outgoing, context);
        }
    }

    /// <summary>An originate with <c>context</c>/<c>extension</c>: the answered channel runs that dialplan.</summary>
    private void RunOriginateContext(SimChannel channel, string context)
    {
        channel.RunsDialplan = true;
        channel.Context = context;
        channel.Exten = channel.OriginateExtension;
        if (string.Equals(context, "sim-caller", StringComparison.Ordinal))
        {
            EmitDialplan(channel, channel.OriginatePriority, "Stasis", "sim");
            if (EnterStasisFromDialplan(channel, "sim", []))
            {
                return;
            }
        }

        Hangup(channel, HangupKind.Self, HangupCauses.NormalClearing);
    }

    private void DialTimedOut(SimChannel outgoing)
    {
        if (outgoing.DialDone || outgoing.HangupStarted)
        {
            return;
        }

        outgoing.DialDone = true;
        if (outgoing.DialMode == DialMode.Originate)
        {
            EmitDial(outgoing, "NOANSWER");
        }

        Hangup(outgoing, HangupKind.Timeout, HangupCauses.NoAnswer);
    }

    /// <summary>Stasis() in the dialplan: STASISSTATUS is cleared, then the app gets StasisStart, or it is FAILED.</summary>
    private bool EnterStasisFromDialplan(SimChannel channel, string app, IReadOnlyList<string> args)
    {
        channel.Variables["STASISSTATUS"] = string.Empty;
        EmitVarset(channel, "STASISSTATUS", string.Empty);
        if (!IsAppActive(app) && !channel.StasisStartLost)
        {
            channel.Variables["STASISSTATUS"] = "FAILED";
            EmitVarset(channel, "STASISSTATUS", "FAILED");
            return false;
        }

        channel.StasisApp = app;
        channel.EverInStasis = true;
        channel.StasisArgs = args;
        Subscribe(app, channel);
        if (channel.StasisStartLost)
        {
            return true;
        }

        var ev = NewEvent("StasisStart");
        ev["args"] = new System.Text.Json.Nodes.JsonArray(args.Select(a => (System.Text.Json.Nodes.JsonNode?)a).ToArray());
        ev["channel"] = AriJson.Channel(channel);
        Emit([app], ev);
        return true;
    }

    private void ExitStasis(SimChannel channel)
    {
        var app = channel.StasisApp!;
        channel.StasisApp = null;
        var ev = NewEvent("StasisEnd");
        ev["channel"] = AriJson.Channel(channel);
        Emit([app], ev);
        Unsubscribe(app, channel);
        channel.Variables["STASISSTATUS"] = "SUCCESS";
        EmitVarset(channel, "STASISSTATUS", "SUCCESS");
    }

    private static void RequireStasis(SimChannel channel)
    {
        if (channel.StasisApp is null)
        {
            throw new SimAriError(409, "Channel not in Stasis application");
        }
    }
}
