using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CallTracker.Tests.Fakes;

/// <summary>
/// What matters of an ARI event for the replay: the object it is about (its stream) and the fields a client acts on.
/// Ids are compared after mapping; names' sequence numbers and timestamps are left out.
/// </summary>
internal static partial class EventDigest
{
    /// <summary>The channel, playback/recording target or bridge the event belongs to; events of one stream keep their order.</summary>
    public static string Stream(JsonObject e)
    {
        var type = (string)e["type"]!;
        if (e["playback"] is JsonObject playback)
        {
            return (string)playback["target_uri"]!;
        }

        if (e["recording"] is JsonObject recording)
        {
            return (string)recording["target_uri"]!;
        }

        if (type == "Dial")
        {
            return "channel:" + (string)e["peer"]!["id"]!;
        }

        if (e["channel"] is JsonObject channel)
        {
            return "channel:" + (string)channel["id"]!;
        }

        return e["bridge"] is JsonObject bridge ? "bridge:" + (string)bridge["id"]! : "other";
    }

    public static string Describe(JsonObject e)
    {
        var type = (string)e["type"]!;
        var channel = e["channel"] as JsonObject ?? e["peer"] as JsonObject;
        var state = channel is null ? string.Empty : " [" + (string?)channel["state"] + "]";
        var details = type switch
        {
            "StasisStart" => Args(e) + " caller=" + Party(channel!["caller"]) + " dialplan=" + Dialplan(channel),
            "Dial" => "status=" + (string?)e["dialstatus"] + " dialstring=" + (string?)e["dialstring"],
            "ChannelDtmfReceived" => "digit=" + (string?)e["digit"] + " duration=" + (int?)e["duration_ms"],
            "ChannelHangupRequest" => "cause=" + (int?)e["cause"] + ((bool?)e["soft"] == true ? " soft" : string.Empty),
            "ChannelDestroyed" => "cause=" + (int?)e["cause"] + " " + (string?)e["cause_txt"],
            "ChannelVarset" => (string?)e["variable"] + "=" + SequenceNumber().Replace((string?)e["value"] ?? string.Empty, "-N;"),
            "ChannelDialplan" => (string?)e["dialplan_app"] + "(" + (string?)e["dialplan_app_data"] + ")",
            "ChannelCallerId" => "caller=" + Party(channel!["caller"]),
            "ChannelConnectedLine" => "connected=" + Party(channel!["connected"]),
            "ChannelEnteredBridge" or "ChannelLeftBridge" or "BridgeDestroyed" => Bridge(e),
            "PlaybackStarted" or "PlaybackContinuing" or "PlaybackFinished" => Playback(e),
            "RecordingStarted" or "RecordingFinished" or "RecordingFailed" => Recording(e),
            _ => string.Empty,
        };
        return type + state + (details.Length == 0 ? string.Empty : " " + details);
    }

    private static string Args(JsonObject e) =>
        "args=" + string.Join(',', e["args"]!.AsArray().Select(a => (string?)a));

    private static string Party(JsonNode? party) => (string?)party?["name"] + "/" + (string?)party?["number"];

    private static string Dialplan(JsonNode? channel)
    {
        var dialplan = channel!["dialplan"]!;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(string?)dialplan["context"]},{(string?)dialplan["exten"]},{(int?)dialplan["priority"]},{(string?)dialplan["app_name"]}({(string?)dialplan["app_data"]})");
    }

    private static string Bridge(JsonObject e)
    {
        var bridge = e["bridge"]!;
        return "bridge=" + (string?)bridge["id"] + " channels=" + string.Join(',', bridge["channels"]!.AsArray().Select(c => (string?)c));
    }

    private static string Playback(JsonObject e)
    {
        var playback = e["playback"]!;
        return (string?)playback["id"] + " " + (string?)playback["media_uri"] + " " + (string?)playback["state"];
    }

    private static string Recording(JsonObject e)
    {
        var recording = e["recording"]!;
        return (string?)recording["name"] + " " + (string?)recording["state"] + " " + (string?)recording["cause"];
    }

    [GeneratedRegex(@"-[0-9a-f]{8};")]
    private static partial Regex SequenceNumber();
}
