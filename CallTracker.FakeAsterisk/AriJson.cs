using System.Globalization;
using System.Text.Json.Nodes;

namespace CallTracker.Fakes;

/// <summary>ARI models as Asterisk 22 serialises them (field names and order as in the recordings).</summary>
internal static class AriJson
{
    /// <summary>Asterisk's timestamp format: <c>2026-11-24T14:07:39.468+0000</c>.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static JsonObject Party(PartyId party) => new()
    {
        ["name"] = party.Name,
        ["number"] = party.Number,
    };

    public static JsonObject Channel(SimChannel channel) => new()
    {
        ["id"] = channel.Id,
        ["name"] = channel.Name,
        ["state"] = channel.State,
        ["protocol_id"] = channel.ProtocolId,
        ["caller"] = Party(channel.Caller),
        ["connected"] = Party(channel.Connected),
        ["accountcode"] = string.Empty,
        ["dialplan"] = new JsonObject
        {
            ["context"] = channel.Context,
            ["exten"] = channel.Exten,
            ["priority"] = channel.Priority,
            ["app_name"] = channel.AppName,
            ["app_data"] = channel.AppData,
        },
        ["creationtime"] = Timestamp(channel.CreationTime),
        ["language"] = channel.Language,
    };

    public static JsonObject Bridge(SimBridge bridge) => new()
    {
        ["id"] = bridge.Id,
        ["technology"] = bridge.Technology,
        ["bridge_type"] = bridge.BridgeType,
        ["bridge_class"] = "stasis",
        ["creator"] = "Stasis",
        ["name"] = bridge.Name,
        ["channels"] = new JsonArray(bridge.Channels.Select(c => (JsonNode?)JsonValue.Create(c.Id)).ToArray()),
        ["creationtime"] = Timestamp(bridge.CreationTime),
        ["video_mode"] = "talker",
    };

    public static JsonObject Playback(SimPlayback playback)
    {
        var json = new JsonObject
        {
            ["id"] = playback.Id,
            ["media_uri"] = playback.CurrentMedia,
        };
        if (playback.NextMedia is { } next)
        {
            json["next_media_uri"] = next;
        }

        json["target_uri"] = playback.TargetUri;
        json["language"] = playback.Language;
        json["state"] = playback.State;
        return json;
    }

    public static JsonObject LiveRecording(SimRecording recording, int? duration = null)
    {
        var json = new JsonObject
        {
            ["name"] = recording.Name,
            ["format"] = recording.Format,
            ["state"] = recording.State,
            ["target_uri"] = recording.TargetUri,
        };
        if (duration is { } seconds)
        {
            json["duration"] = seconds;
            if (recording.MaxSilenceSeconds > 0)
            {
                json["talking_duration"] = seconds;
                json["silence_duration"] = 0;
            }
        }

        if (recording.Cause is { } cause)
        {
            json["cause"] = cause;
        }

        return json;
    }

    public static JsonObject StoredRecording(StoredRecording recording) => new()
    {
        ["name"] = recording.Name,
        ["format"] = recording.Format,
    };

    public static JsonObject Application(SimApp app)
    {
        var channels = app.ChannelOrder.Where(c => !c.Destroyed && c.AppRefs.GetValueOrDefault(app.Name) > 0);
        var bridges = app.BridgeOrder.Where(b => !b.Destroyed);
        return new JsonObject
        {
            ["name"] = app.Name,
            ["channel_ids"] = new JsonArray(channels.Select(c => (JsonNode?)JsonValue.Create(c.Id)).ToArray()),
            ["bridge_ids"] = new JsonArray(bridges.Select(b => (JsonNode?)JsonValue.Create(b.Id)).ToArray()),
            ["endpoint_ids"] = new JsonArray(app.EndpointIds.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
            ["device_names"] = new JsonArray(),
            ["events_allowed"] = new JsonArray(),
            ["events_disallowed"] = new JsonArray(),
        };
    }

    public static JsonObject Message(string message) => new() { ["message"] = message };
}
