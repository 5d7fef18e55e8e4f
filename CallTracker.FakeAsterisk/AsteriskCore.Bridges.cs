using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>Bridges: membership events, BRIDGEPEER and connected line updates (transcripts 05, 12, 13, 16).</summary>
internal sealed partial class AsteriskCore
{
    private static readonly HashSet<string> BridgeTypes = new(StringComparer.Ordinal)
    {
        "mixing", "holding", "dtmf_events", "proxy_media", "video_sfu", "video_single",
    };

    public JsonObject CreateBridge(string? type, string? bridgeId, string? name)
    {
        var types = string.IsNullOrEmpty(type) ? ["mixing"] : type.Split(',');
        if (types.Any(t => !BridgeTypes.Contains(t)))
        {
            throw new SimAriError(500, "Unable to create bridge. Possible duplicate bridge id '" + (bridgeId ?? "(null)") + "'");
        }

        if (!string.IsNullOrEmpty(bridgeId) && _bridges.Any(b => string.Equals(b.Id, bridgeId, StringComparison.Ordinal)))
        {
            throw new SimAriError(409, "Bridge with id '" + bridgeId + "' already exists");
        }

        var bridgeType = types.Contains("holding") ? "holding" : "mixing";
        var bridge = new SimBridge(string.IsNullOrEmpty(bridgeId) ? Guid.NewGuid().ToString() : bridgeId, name ?? string.Empty, bridgeType, Now);
        _bridges.Add(bridge);
        return AriJson.Bridge(bridge);
    }

    public SimBridge RequireBridge(string bridgeId) =>
        _bridges.FirstOrDefault(b => string.Equals(b.Id, bridgeId, StringComparison.Ordinal))
        ?? throw new SimAriError(404, "Bridge not found");

    public IReadOnlyList<SimBridge> Bridges => [.. _bridges];

    public void AddToBridge(string bridgeId, string? channelId)
    {
        var bridge = RequireBridge(bridgeId);
        if (string.IsNullOrEmpty(channelId))
        {
            throw new SimAriError(400, "Missing parameter channel");
        }

        var channels = channelId.Split(',').Select(id => FindChannel(id) ?? throw new SimAriError(400, "Channel not found")).ToList();
        if (channels.Any(c => c.StasisApp is null))
        {
            throw new SimAriError(422, "Channel not in Stasis application");
        }

        foreach (var channel in channels)
        {
            if (channel.Bridge is not null)
            {
                LeaveBridge(channel);
            }

            bridge.Participants.Add(new BridgeParticipant(channel.Name, channel));
            channel.Bridge = bridge;
            channel.EverBridged = true;
            Subscribe(channel.StasisApp!, bridge);
            EmitBridgeChannelEvent("ChannelEnteredBridge", bridge, channel);
            UpdateBridgeTopology(bridge);
            AudioChanged(channel);
        }
    }

    public void RemoveFromBridge(string bridgeId, string? channelId)
    {
        var bridge = RequireBridge(bridgeId);
        if (string.IsNullOrEmpty(channelId))
        {
            throw new SimAriError(400, "Missing parameter channel");
        }

        var channel = FindChannel(channelId) ?? throw new SimAriError(400, "Channel not found");
        if (channel.Bridge != bridge)
        {
            throw new SimAriError(422, "Channel not in this bridge");
        }

        LeaveBridge(channel);
    }

    public void DestroyBridge(string bridgeId)
    {
        var bridge = RequireBridge(bridgeId);
        foreach (var channel in bridge.Channels.ToList())
        {
            LeaveBridge(channel);
        }

        StopBridgeMedia(bridge);
        bridge.Destroyed = true;
        var ev = NewEvent("BridgeDestroyed");
        ev["bridge"] = AriJson.Bridge(bridge);
        Emit(AppsOf(bridge), ev);
        _bridges.Remove(bridge);
    }

    public void StartBridgeMoh(string bridgeId)
    {
        var bridge = RequireBridge(bridgeId);
        if (bridge.Participants.Any(p => p.Channel is null && p.Name.StartsWith("Announcer/", StringComparison.Ordinal)))
        {
            return;
        }

        bridge.Participants.Add(new BridgeParticipant("Announcer/ARI_MOH-" + NextUnrealSuffix() + ";2", null));
        UpdateBridgeTopology(bridge);
    }

    public void StopBridgeMoh(string bridgeId)
    {
        var bridge = RequireBridge(bridgeId);
        bridge.Participants.RemoveAll(p => p.Channel is null && p.Name.StartsWith("Announcer/", StringComparison.Ordinal));
        UpdateBridgeTopology(bridge);
    }

    private void LeaveBridge(SimChannel channel)
    {
        var bridge = channel.Bridge!;
        bridge.Participants.RemoveAll(p => p.Channel == channel);
        channel.Bridge = null;
        if (channel.Variables.TryGetValue("BRIDGEPEER", out var peer) && peer.Length > 0)
        {
            channel.Variables["BRIDGEPEER"] = string.Empty;
            EmitVarset(channel, "BRIDGEPEER", string.Empty);
        }

        EmitBridgeChannelEvent("ChannelLeftBridge", bridge, channel);
        UpdateBridgeTopology(bridge);
        AudioChanged(channel);
    }

    /// <summary>
    /// With two or more participants every channel's BRIDGEPEER names the others (newest first); with exactly two,
    /// each channel's connected line becomes the other's caller id (an event only when it changes).
    /// </summary>
    private void UpdateBridgeTopology(SimBridge bridge)
    {
        var participants = bridge.Participants;
        if (participants.Count < 2)
        {
            return;
        }

        foreach (var participant in participants.Where(p => p.Channel is not null).ToList())
        {
            var others = participants.Where(p => p != participant).Reverse().Select(p => p.Name);
            var value = string.Join(',', others);
            participant.Channel!.Variables["BRIDGEPEER"] = value;
            EmitVarset(participant.Channel, "BRIDGEPEER", value);
        }

        if (participants.Count != 2)
        {
            return;
        }

        foreach (var participant in participants.Where(p => p.Channel is not null).ToList())
        {
            var other = participants.First(p => p != participant);
            var connected = other.Channel?.Caller ?? PartyId.Empty;
            if (participant.Channel!.Connected != connected)
            {
                participant.Channel.Connected = connected;
                EmitChannelEvent(participant.Channel, "ChannelConnectedLine");
            }
        }
    }
}
