namespace CallTracker.Fakes;

/// <summary>
/// One channel of the simulated Asterisk. Local channels come in pairs (<see cref="Peer"/>); a trunk call or a
/// manager's phone is modelled the same way, with a <see cref="Hidden"/> half standing for the party outside.
/// </summary>
internal sealed class SimChannel
{
    public SimChannel(string id, string name, DateTimeOffset creationTime)
    {
        Id = id;
        Name = name;
        CreationTime = creationTime;
    }

    public string Id { get; }

    public string Name { get; }

    public DateTimeOffset CreationTime { get; }

    public string State { get; set; } = "Down";

    public PartyId Caller { get; set; } = PartyId.Empty;

    public PartyId Connected { get; set; } = PartyId.Empty;

    public string Context { get; set; } = string.Empty;

    public string Exten { get; set; } = string.Empty;

    public int Priority { get; set; } = 1;

    public string AppName { get; set; } = string.Empty;

    public string AppData { get; set; } = string.Empty;

    public string Language { get; set; } = "en";

    public string ProtocolId { get; set; } = string.Empty;

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Apps subscribed to this channel, with a reference count (originate, Stasis, explicit subscription).</summary>
    public Dictionary<string, int> AppRefs { get; } = new(StringComparer.Ordinal);

    public string? StasisApp { get; set; }

    public bool EverInStasis { get; set; }

    /// <summary>Its StasisStart went to an app process that has died since (transcript 19): today's sockets never get it.</summary>
    public bool StasisStartLost { get; set; }

    public IReadOnlyList<string> StasisArgs { get; set; } = [];

    /// <summary>Runs a dialplan (a Local ;2 half, an inbound trunk channel): after Stasis it hangs up by itself (cause 16, soft).</summary>
    public bool RunsDialplan { get; set; }

    /// <summary>The other half: Local ;1/;2, or the hidden caller/phone of a PJSIP channel.</summary>
    public SimChannel? Peer { get; set; }

    /// <summary>The party outside Asterisk (never listed, never sent in events, no REST).</summary>
    public bool Hidden { get; set; }

    /// <summary>The test's view of the outside party, when <see cref="Hidden"/>.</summary>
    public ExternalParty? External { get; set; }

    /// <summary>This half was dialled (a Local ;2, a phone): what it does is <see cref="Program"/>.</summary>
    public CalleeProgram Program { get; set; } = CalleeProgram.None;

    /// <summary>The delay of <see cref="CalleeProgram.AnswerAfter"/>.</summary>
    public TimeSpan ProgramDelay { get; set; }

    /// <summary>The cause of <see cref="CalleeProgram.Reject"/>.</summary>
    public int ProgramCause { get; set; }

    /// <summary>The dialled half (Local ;2, the trunk channel a caller reaches, a phone).</summary>
    public bool IsCallee { get; set; }

    /// <summary>The technology/resource dialled, e.g. <c>PJSIP/101</c>.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The channel named as <c>caller</c> of a <c>/dial</c>: shown in the Dial events.</summary>
    public SimChannel? DialCaller { get; set; }

    /// <summary>The dialplan application shown again once the channel has left Stasis and is destroyed.</summary>
    public string InitialAppName { get; set; } = string.Empty;

    public string InitialAppData { get; set; } = string.Empty;

    /// <summary>Sends audio of its own (a phone that talks, <c>mgr-answer-talk</c>).</summary>
    public bool Talks { get; set; }

    public DialMode DialMode { get; set; } = DialMode.None;

    /// <summary>The dialstring of the Dial events: the resource part of the endpoint.</summary>
    public string DialString { get; set; } = string.Empty;

    public bool DialDone { get; set; }

    public ScheduledAction? DialTimer { get; set; }

    /// <summary>Originated with an app: enters Stasis(app, appArgs) once answered.</summary>
    public string? OriginateApp { get; set; }

    public IReadOnlyList<string> OriginateArgs { get; set; } = [];

    public string? OriginateContext { get; set; }

    public string OriginateExtension { get; set; } = "s";

    public int OriginatePriority { get; set; } = 1;

    /// <summary>The <c>Dial()</c> this channel's dialplan runs (the fallback), if any.</summary>
    public DialplanDial? DialplanDial { get; set; }

    public SimBridge? Bridge { get; set; }

    public bool EverBridged { get; set; }

    public SimPlayback? CurrentPlayback { get; set; }

    public List<SimPlayback> QueuedPlaybacks { get; } = [];

    public List<SimRecording> Recordings { get; } = [];

    public Queue<PendingDtmf> PendingDtmf { get; } = new();

    public bool SilenceGenerator { get; set; }

    public bool Moh { get; set; }

    public bool HangupStarted { get; set; }

    public bool Destroyed { get; set; }

    public int HangupCause { get; set; } = HangupCauses.NormalClearing;

    public bool IsUp => string.Equals(State, "Up", StringComparison.Ordinal);

    /// <summary>The far end is sending audio frames to this channel (a playback or silence on the peer, a phone's RTP).</summary>
    public bool HearsFrames => Peer is { } peer && !peer.Destroyed
        && (peer.CurrentPlayback is not null || peer.SilenceGenerator || peer.Talks || (peer.External is not null && peer.IsUp));

    /// <summary>The far end is talking (not silence).</summary>
    public bool HearsTalking => Peer is { } peer && !peer.Destroyed
        && ((peer.CurrentPlayback is { } playback && !playback.CurrentMediaIsSilence) || peer.Talks || (peer.External is { Talking: true } && peer.IsUp));
}
