using System.Globalization;

namespace CallTracker.Fakes;

/// <summary>
/// <c>Dial()</c> in the dialplan (transcripts 14b, 19): the variables it sets, the leg it rings, and how it ends.
/// </summary>
internal sealed partial class AsteriskCore
{
    /// <summary>Cleared, in this order, when Dial() starts (transcripts 14b, 19).</summary>
    private static readonly string[] DialResultVariables =
    [
        "DIALSTATUS", "DIALEDPEERNUMBER", "DIALEDPEERNAME", "ANSWEREDTIME", "ANSWEREDTIME_MS",
        "DIALEDTIME", "DIALEDTIME_MS", "RINGTIME", "RINGTIME_MS", "PROGRESSTIME", "PROGRESSTIME_MS",
    ];

    private void StartDialplanDial(SimChannel channel, int priority, string target, int timeoutSeconds)
    {
        EmitDialplan(channel, priority, "Dial", target + "," + timeoutSeconds.ToString(CultureInfo.InvariantCulture));
        foreach (var name in DialResultVariables)
        {
            SetDialVariable(channel, name, string.Empty);
        }

        var (tech, resource) = ParseEndpoint(target);
        var leg = NewOutgoing(tech, resource, null, null);
        leg.AppName = leg.InitialAppName = "AppDial";
        leg.AppData = leg.InitialAppData = "(Outgoing Line)";
        leg.Exten = channel.Exten;
        leg.Caller = channel.Caller;
        leg.Connected = channel.Caller;
        leg.DialMode = DialMode.DialplanDial;
        leg.DialCaller = channel;
        var callee = leg.Peer ?? NewPhone(leg);
        var dial = new DialplanDial(leg, Now);
        channel.DialplanDial = dial;
        dial.Timer = Schedule(TimeSpan.FromSeconds(timeoutSeconds), () => DialplanDialTimedOut(channel));
        StartCallee(leg, callee, 0);
    }

    /// <summary>The leg answered (transcript 14b): the dial variables, then the caller's channel is answered too.</summary>
    private void DialplanDialAnswered(SimChannel leg)
    {
        if (leg.DialCaller is not { HangupStarted: false, DialplanDial: { Ended: false } dial } channel)
        {
            return;
        }

        dial.Timer?.Cancel();
        dial.AnsweredAt = Now;
        SetDialVariable(channel, "DIALSTATUS", "ANSWER");
        SetDialVariable(channel, "DIALEDPEERNAME", leg.Name);
        SetDialVariable(channel, "DIALEDPEERNUMBER", leg.DialString);
        CalleeAnswer(channel);
        SetDialVariable(channel, "BRIDGEPEER", leg.Name);
    }

    /// <summary>
    /// Nobody answered in time: the leg is hung up, DIALSTATUS=NOANSWER. What the fallback does next is in no
    /// recording: the fake hangs up, as the shipped dialplan does when no mailbox is set.
    /// </summary>
    private void DialplanDialTimedOut(SimChannel channel)
    {
        if (channel.DialplanDial is not { Ended: false } dial || channel.HangupStarted)
        {
            return;
        }

        dial.Ended = true;
        if (!dial.Leg.HangupStarted)
        {
            Hangup(dial.Leg, HangupKind.Timeout, HangupCauses.NoAnswer);
        }

        SetDialVariable(channel, "DIALSTATUS", "NOANSWER");
        Hangup(channel, HangupKind.Self, HangupCauses.NormalClearing);
    }

    /// <summary>
    /// The leg of a running Dial() has hung up. Before an answer Dial() goes on waiting (the leg got Dial NOANSWER):
    /// in transcript 19 the caller's hangup reached the dialling channel before Dial() returned. After an answer the
    /// call is over: the dial variables, then the dialplan hangs up.
    /// </summary>
    private void DialplanLegGone(SimChannel leg)
    {
        if (leg.DialCaller is { HangupStarted: false, DialplanDial: { Ended: false, AnsweredAt: not null } dial } channel)
        {
            EndAnsweredDial(channel, dial);
            Hangup(channel, HangupKind.Self, HangupCauses.NormalClearing);
        }
    }

    /// <summary>The dialling channel hangs up while its Dial() runs (transcripts 14b, 19): Dial() returns, the dialplan hangs up.</summary>
    private void DialplanCallerHungUp(SimChannel channel, DialplanDial dial)
    {
        if (dial.AnsweredAt is null)
        {
            dial.Ended = true;
            dial.Timer?.Cancel();
            SetDialVariable(channel, "DIALSTATUS", "NOANSWER");
        }
        else
        {
            EndAnsweredDial(channel, dial);
        }

        EmitHangupRequest(channel, HangupCauses.NormalClearing, soft: true);
    }

    /// <summary>Transcript 14b: BRIDGEPEER cleared, the times, DIALSTATUS=ANSWER again.</summary>
    private void EndAnsweredDial(SimChannel channel, DialplanDial dial)
    {
        dial.Ended = true;
        var answered = Now - dial.AnsweredAt!.Value;
        var dialled = Now - dial.Started;
        SetDialVariable(channel, "BRIDGEPEER", string.Empty);
        SetDialVariable(channel, "ANSWEREDTIME", ((int)answered.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        SetDialVariable(channel, "ANSWEREDTIME_MS", ((long)answered.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        SetDialVariable(channel, "DIALEDTIME", ((int)dialled.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        SetDialVariable(channel, "DIALEDTIME_MS", ((long)dialled.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        SetDialVariable(channel, "DIALSTATUS", "ANSWER");
    }

    private void SetDialVariable(SimChannel channel, string name, string value)
    {
        channel.Variables[name] = value;
        EmitVarset(channel, name, value);
    }
}
