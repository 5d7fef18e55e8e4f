namespace CallTracker.Fakes;

/// <summary>
/// Calls managers place from their phones: the <c>managers</c> context of asterisk-config/extensions.conf, whose
/// <c>_9X.</c> extension hands the call to Stasis(app, outbound, number) and, when Stasis fails or returns, dials
/// the number through the trunk itself. No recording shows this context; it follows the shipped dialplan, and its
/// channel behaves as a trunk caller's does (transcript 08): a PJSIP channel named after its endpoint, in state Ring.
/// </summary>
internal sealed partial class AsteriskCore
{
    /// <summary>The shipped dialplan's Dial() timeout for an outgoing call.</summary>
    private const int OutboundDialSeconds = 60;

    /// <param name="endpoint">The manager's phone, e.g. <c>PJSIP/101</c>.</param>
    /// <param name="dialled">What the manager keyed: 9, then the number.</param>
    /// <param name="stranded">Its StasisStart went to an app process that has died since (transcript 19).</param>
    public FakeCaller PlaceOutboundCall(string endpoint, string dialled, string? callerName, bool stranded = false)
    {
        var (tech, resource) = ParseEndpoint(endpoint);
        var party = new ExternalParty(endpoint);
        var phone = AddChannel("phone-" + Guid.NewGuid().ToString("N"), "Phone/" + endpoint);
        phone.Hidden = true;
        phone.External = party;
        phone.DialMode = DialMode.Originate;
        phone.Connected = new PartyId(callerName ?? string.Empty, resource);
        party.Half = phone;
        var channel = AddChannel(NextUniqueId(null), tech + "/" + resource + "-" + NextPjsipSuffix());
        channel.IsCallee = true;
        channel.RunsDialplan = true;
        channel.Program = CalleeProgram.Outbound;
        channel.Context = "managers";
        channel.Exten = dialled;
        channel.ProtocolId = Guid.NewGuid().ToString("N") + "@127.0.0.1";
        channel.StasisStartLost = stranded;
        channel.Peer = phone;
        phone.Peer = channel;
        var fake = new FakeCaller(this, party, channel);
        StartCallee(phone, channel, 0);
        return fake;
    }

    /// <summary>NoOp, then Stasis(app, outbound, ${EXTEN:1}): the number without the 9 that reaches the extension.</summary>
    private void RunOutboundDialplan(SimChannel channel)
    {
        var app = _options.AppName;
        var number = Number(channel);
        EmitDialplan(channel, 1, "NoOp", "Outgoing call from " + channel.Caller.Number + " to " + number);
        EmitDialplan(channel, 2, "Stasis", app + ",outbound," + number);
        if (!EnterStasisFromDialplan(channel, app, ["outbound", number]))
        {
            RunOutboundAfterStasis(channel, failed: true);
        }
    }

    /// <summary>GotoIf(FAILED?down); handed back: Log, Goto(dial); down: Log; then Dial(PJSIP/${EXTEN:1}@trunk,60).</summary>
    private void RunOutboundAfterStasis(SimChannel channel, bool failed)
    {
        var number = Number(channel);
        EmitDialplan(channel, 3, "GotoIf", (failed ? "1" : "0") + "?down");
        if (failed)
        {
            EmitDialplan(channel, 6, "Log", "WARNING,CallTracker is not connected - dialling " + number + " directly");
        }
        else
        {
            EmitDialplan(channel, 4, "Log", "NOTICE,CallTracker handed the outgoing call to " + number + " back to the dialplan");
            EmitDialplan(channel, 5, "Goto", "dial");
        }

        StartDialplanDial(channel, 7, "PJSIP/" + number + "@trunk", OutboundDialSeconds);
    }

    private static string Number(SimChannel channel) => channel.Exten.Length > 1 ? channel.Exten[1..] : channel.Exten;
}
