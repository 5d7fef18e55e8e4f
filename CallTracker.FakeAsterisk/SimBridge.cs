namespace CallTracker.Fakes;

/// <summary>A Stasis bridge of the simulated Asterisk.</summary>
internal sealed class SimBridge
{
    public SimBridge(string id, string name, string bridgeType, DateTimeOffset creationTime)
    {
        Id = id;
        Name = name;
        BridgeType = bridgeType;
        CreationTime = creationTime;
    }

    public string Id { get; }

    public string Name { get; }

    public string BridgeType { get; }

    public string Technology => string.Equals(BridgeType, "holding", StringComparison.Ordinal) ? "holding_bridge" : "simple_bridge";

    public DateTimeOffset CreationTime { get; }

    /// <summary>Every participant in join order: channels, and the MOH announcer or the recorder when present.</summary>
    public List<BridgeParticipant> Participants { get; } = [];

    public IEnumerable<SimChannel> Channels => Participants.Where(p => p.Channel is not null).Select(p => p.Channel!);

    public Dictionary<string, int> AppRefs { get; } = new(StringComparer.Ordinal);

    public SimPlayback? CurrentPlayback { get; set; }

    public List<SimPlayback> QueuedPlaybacks { get; } = [];

    public SimRecording? Recording { get; set; }

    public bool Destroyed { get; set; }
}
