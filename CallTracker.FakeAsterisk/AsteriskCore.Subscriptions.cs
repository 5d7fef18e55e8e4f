using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary><c>/applications</c>: listing apps and explicit subscriptions (transcripts 02, 13, 14, 14b).</summary>
internal sealed partial class AsteriskCore
{
    public JsonObject GetApplication(string name) =>
        AriJson.Application(FindRegisteredApp(name) ?? throw new SimAriError(404, "Application not found"));

    public JsonArray ListApplications() =>
        new(RegisteredApps.Select(a => (JsonNode?)AriJson.Application(a)).ToArray());

    public JsonObject ChangeSubscription(string appName, string? eventSource, bool subscribe)
    {
        var app = FindRegisteredApp(appName) ?? throw new SimAriError(404, "Application not found");
        if (string.IsNullOrEmpty(eventSource))
        {
            throw new SimAriError(400, "Missing parameter eventSource");
        }

        foreach (var source in eventSource.Split(','))
        {
            var colon = source.IndexOf(':', StringComparison.Ordinal);
            var scheme = colon < 0 ? source : source[..colon];
            var id = colon < 0 ? string.Empty : source[(colon + 1)..];
            switch (scheme)
            {
                case "channel":
                    var channel = FindChannel(id) ?? throw new SimAriError(422, "Event source does not exist");
                    if (subscribe)
                    {
                        Subscribe(app.Name, channel);
                    }
                    else if (channel.AppRefs.ContainsKey(app.Name))
                    {
                        Unsubscribe(app.Name, channel);
                    }
                    else
                    {
                        throw new SimAriError(409, "App not subscribed to event source");
                    }

                    break;
                case "bridge":
                    var bridge = _bridges.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.Ordinal))
                        ?? throw new SimAriError(422, "Event source does not exist");
                    if (subscribe)
                    {
                        Subscribe(app.Name, bridge);
                    }
                    else
                    {
                        bridge.AppRefs.Remove(app.Name);
                        app.BridgeOrder.Remove(bridge);
                    }

                    break;
                case "endpoint":
                case "deviceState":
                    if (subscribe && !app.EndpointIds.Contains(id))
                    {
                        app.EndpointIds.Add(id);
                    }
                    else if (!subscribe)
                    {
                        app.EndpointIds.Remove(id);
                    }

                    break;
                default:
                    throw new SimAriError(400, "Invalid event source URI scheme");
            }
        }

        return AriJson.Application(app);
    }

    /// <summary>
    /// The streams (<c>channel:ID</c>, <c>bridge:ID</c>) a REST path under <c>/ari/</c> acts on: a channel and its
    /// peer, a bridge and its channels (and the <c>channel</c> added or removed), a playback's or recording's target. Lets the replay tell a call's own
    /// events (which may beat its reply) from those it must wait for.
    /// </summary>
    public IReadOnlyList<string> StreamsTouchedBy(string path)
    {
        var segments = path.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        var streams = new List<string>();
        if (segments.Length < 2)
        {
            return streams;
        }

        var id = Uri.UnescapeDataString(segments[1]);
        switch (segments[0])
        {
            case "channels" when FindChannel(id) is { } channel:
                AddChannel(channel);
                break;
            case "bridges" when _bridges.FirstOrDefault(b => b.Id == id) is { } bridge:
                AddBridge(bridge);
                break;
            case "playbacks" when _playbacks.LastOrDefault(p => p.Id == id) is { } playback:
                AddTarget(playback.Channel, playback.Bridge);
                break;
            case "recordings" when segments.Length > 2 && _liveRecordings.TryGetValue(Uri.UnescapeDataString(segments[2]), out var recording):
                AddTarget(recording.Channel, recording.Bridge);
                break;
            default:
                break;
        }

        var query = path.Contains('?', StringComparison.Ordinal) ? path[(path.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;
        foreach (var parameter in query.Split('&').Where(p => p.StartsWith("channel=", StringComparison.Ordinal)))
        {
            foreach (var channelId in Uri.UnescapeDataString(parameter["channel=".Length..]).Split(','))
            {
                if (FindChannel(channelId) is { } added)
                {
                    AddChannel(added);
                }
            }
        }

        return streams;

        void AddChannel(SimChannel channel)
        {
            streams.Add("channel:" + channel.Id);
            if (channel.Peer is { Hidden: false } peer)
            {
                streams.Add("channel:" + peer.Id);
            }
        }

        void AddBridge(SimBridge bridge)
        {
            streams.Add("bridge:" + bridge.Id);
            foreach (var member in bridge.Channels)
            {
                AddChannel(member);
            }
        }

        void AddTarget(SimChannel? channel, SimBridge? bridge)
        {
            if (channel is not null)
            {
                AddChannel(channel);
            }
            else if (bridge is not null)
            {
                AddBridge(bridge);
            }
        }
    }
}
