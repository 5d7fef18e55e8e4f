using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>Creating calls: originate, create + dial, and trunk calls placed by the test.</summary>
internal sealed partial class AsteriskCore
{
    public JsonObject Originate(SimOriginateRequest request)
    {
        if (string.IsNullOrEmpty(request.Endpoint))
        {
            throw new SimAriError(400, "Endpoint must be specified");
        }

        if (string.IsNullOrEmpty(request.App) && string.IsNullOrEmpty(request.Extension) && string.IsNullOrEmpty(request.Context))
        {
            throw new SimAriError(400, "Application or extension must be specified");
        }

        var (tech, resource) = ParseEndpoint(request.Endpoint);
        var outgoing = NewOutgoing(tech, resource, request.ChannelId, request.OtherChannelId);
        var callee = outgoing.Peer ?? NewPhone(outgoing);
        outgoing.Caller = PartyId.Parse(request.CallerId);
        outgoing.Connected = outgoing.Caller;
        outgoing.AppName = outgoing.InitialAppName = "AppDial2";
        outgoing.AppData = outgoing.InitialAppData = "(Outgoing Line)";
        outgoing.DialMode = DialMode.Originate;
        if (!string.IsNullOrEmpty(request.App))
        {
            outgoing.OriginateApp = request.App;
            outgoing.OriginateArgs = request.Args;
            Subscribe(request.App, outgoing);
            if (!callee.Hidden)
            {
                Subscribe(request.App, callee);
            }
        }
        else
        {
            outgoing.OriginateContext = request.Context ?? "default";
            outgoing.OriginateExtension = request.Extension ?? "s";
            outgoing.OriginatePriority = request.Priority;
        }

        ApplyVariables(outgoing, request.Variables, emit: false);
        var response = AriJson.Channel(outgoing);
        StartCallee(outgoing, callee, request.Timeout);
        return response;
    }

    public JsonObject Create(SimOriginateRequest request)
    {
        if (string.IsNullOrEmpty(request.Endpoint))
        {
            throw new SimAriError(400, "Endpoint must be specified");
        }

        var (tech, resource) = ParseEndpoint(request.Endpoint);
        var outgoing = NewOutgoing(tech, resource, request.ChannelId, request.OtherChannelId);
        if (!string.IsNullOrEmpty(request.App))
        {
            Subscribe(request.App, outgoing);
        }

        ApplyVariables(outgoing, request.Variables, emit: true);
        var response = AriJson.Channel(outgoing);
        if (!string.IsNullOrEmpty(request.App))
        {
            EmitDialplan(outgoing, 1, "Stasis", request.StasisData);
            EnterStasisFromDialplan(outgoing, request.App, request.Args);
        }

        return response;
    }

    public void Dial(string channelId, string? caller, int timeoutSeconds)
    {
        var outgoing = RequireChannel(channelId);
        RequireStasis(outgoing);
        if (!string.Equals(outgoing.State, "Down", StringComparison.Ordinal) || outgoing.IsCallee)
        {
            throw new SimAriError(409, "Channel is not in the 'Down' state");
        }

        if (outgoing.DialMode != DialMode.None)
        {
            RecordError(new InvalidOperationException(
                $"Channel {channelId} was dialled a second time while still Down: Asterisk 22 answers 204 and crashes when the leg later hangs up (transcript 13). Never dial a leg twice."));
            return;
        }

        outgoing.DialMode = DialMode.AriDial;
        outgoing.DialCaller = string.IsNullOrEmpty(caller) ? null : FindChannel(caller);
        var callee = outgoing.Peer ?? NewPhone(outgoing);
        StartCallee(outgoing, callee, timeoutSeconds);
    }

    /// <summary>A call from the trunk: a hidden caller dials <c>PJSIP/trunk-N</c>, which runs <c>from-trunk</c>.</summary>
    public FakeCaller PlaceInboundCall(string trackingNumber, string callerNumber, string? callerName, bool stranded = false)
    {
        var party = new ExternalParty("trunk");
        var caller = AddChannel("caller-" + Guid.NewGuid().ToString("N"), "Caller/" + callerNumber);
        caller.Hidden = true;
        caller.External = party;
        caller.DialMode = DialMode.Originate;
        caller.Connected = new PartyId(callerName ?? string.Empty, callerNumber);
        party.Half = caller;
        var trunk = AddChannel(NextUniqueId(null), "PJSIP/trunk-" + NextPjsipSuffix());
        trunk.IsCallee = true;
        trunk.RunsDialplan = true;
        trunk.Program = CalleeProgram.Inbound;
        trunk.Context = "from-trunk";
        trunk.Exten = trackingNumber;
        trunk.ProtocolId = Guid.NewGuid().ToString("N") + "@127.0.0.1";
        trunk.StasisStartLost = stranded;
        trunk.Peer = caller;
        caller.Peer = trunk;
        var fake = new FakeCaller(this, party, trunk);
        StartCallee(caller, trunk, 0);
        return fake;
    }

    private static (string Tech, string Resource) ParseEndpoint(string endpoint)
    {
        var slash = endpoint.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == endpoint.Length - 1)
        {
            throw new SimAriError(400, "Invalid endpoint specified");
        }

        var tech = endpoint[..slash];
        var resource = endpoint[(slash + 1)..];
        if (string.Equals(tech, "Local", StringComparison.OrdinalIgnoreCase))
        {
            return ("Local", resource);
        }

        if (string.Equals(tech, "PJSIP", StringComparison.OrdinalIgnoreCase))
        {
            return ("PJSIP", resource);
        }

        throw new SimAriError(500, "Allocation failed") { UsesErrorKey = true };
    }

    /// <summary>The channel a client asked for: a Local pair (both halves exist at once) or a PJSIP channel.</summary>
    private SimChannel NewOutgoing(string tech, string resource, string? channelId, string? otherChannelId)
    {
        if (tech == "PJSIP")
        {
            // chan_pjsip names a channel after its endpoint: PJSIP/79161234567@trunk is PJSIP/trunk-0000000a.
            var user = resource.IndexOf('@', StringComparison.Ordinal);
            var channel = AddChannel(NextUniqueId(channelId), "PJSIP/" + resource[(user + 1)..] + "-" + NextPjsipSuffix());
            channel.Context = "default";
            channel.Exten = "s";
            channel.DialString = resource;
            channel.Endpoint = "PJSIP/" + resource;
            return channel;
        }

        var target = resource.Split('/')[0];
        var at = target.IndexOf('@', StringComparison.Ordinal);
        var exten = at < 0 ? target : target[..at];
        var context = at < 0 ? "default" : target[(at + 1)..];
        var suffix = NextUnrealSuffix();
        var one = AddChannel(NextUniqueId(channelId), "Local/" + target + "-" + suffix + ";1");
        var two = AddChannel(NextUniqueId(otherChannelId), "Local/" + target + "-" + suffix + ";2");
        one.Peer = two;
        two.Peer = one;
        one.Context = two.Context = context;
        one.Exten = two.Exten = exten;
        one.DialString = target;
        one.Endpoint = "Local/" + target;
        two.IsCallee = true;
        two.RunsDialplan = true;
        two.Program = ProgramForContext(context, two);
        return one;
    }

    private static CalleeProgram ProgramForContext(string context, SimChannel callee)
    {
        switch (context)
        {
            case "from-trunk":
                return CalleeProgram.Inbound;
            case "sim-manager":
                return CalleeProgram.SimManager;
            case "sim-caller":
                return CalleeProgram.SimCaller;
            case "mgr-busy":
                return CalleeProgram.Busy;
            case "mgr-noanswer":
                return CalleeProgram.Ringing;
            case "mgr-congestion":
                return CalleeProgram.Congestion;
            case "mgr-unallocated":
                callee.ProgramCause = HangupCauses.Unallocated;
                return CalleeProgram.Reject;
            case "mgr-chanunavail":
                callee.ProgramCause = 20;
                return CalleeProgram.Reject;
            case "mgr-answer-talk":
                return CalleeProgram.AnswerNow;
            default:
                return CalleeProgram.NoSuchContext;
        }
    }
}
