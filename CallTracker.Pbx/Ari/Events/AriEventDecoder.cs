using System.Text.Json;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>The one place where an event's "type" picks its record; types we do not use decode to null.</summary>
public static class AriEventDecoder
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["ApplicationReplaced"] = typeof(ApplicationReplacedEvent),
        ["StasisStart"] = typeof(StasisStartEvent),
        ["StasisEnd"] = typeof(StasisEndEvent),
        ["ChannelCreated"] = typeof(ChannelCreatedEvent),
        ["ChannelStateChange"] = typeof(ChannelStateChangeEvent),
        ["ChannelHangupRequest"] = typeof(ChannelHangupRequestEvent),
        ["ChannelDestroyed"] = typeof(ChannelDestroyedEvent),
        ["ChannelDtmfReceived"] = typeof(ChannelDtmfReceivedEvent),
        ["ChannelEnteredBridge"] = typeof(ChannelEnteredBridgeEvent),
        ["ChannelLeftBridge"] = typeof(ChannelLeftBridgeEvent),
        ["ChannelVarset"] = typeof(ChannelVarsetEvent),
        ["ChannelCallerId"] = typeof(ChannelCallerIdEvent),
        ["ChannelConnectedLine"] = typeof(ChannelConnectedLineEvent),
        ["ChannelDialplan"] = typeof(ChannelDialplanEvent),
        ["Dial"] = typeof(DialEvent),
        ["BridgeCreated"] = typeof(BridgeCreatedEvent),
        ["BridgeDestroyed"] = typeof(BridgeDestroyedEvent),
        ["PlaybackStarted"] = typeof(PlaybackStartedEvent),
        ["PlaybackFinished"] = typeof(PlaybackFinishedEvent),
        ["RecordingStarted"] = typeof(RecordingStartedEvent),
        ["RecordingFinished"] = typeof(RecordingFinishedEvent),
        ["RecordingFailed"] = typeof(RecordingFailedEvent),
    };

    /// <summary>Decodes one WebSocket message.</summary>
    /// <returns>The typed event, or null with <paramref name="type"/> set when the type is one we do not use.</returns>
    /// <exception cref="JsonException">The message is not JSON, has no type, or lacks a field the schema requires.</exception>
    public static AriEvent? Decode(ReadOnlySpan<byte> utf8Json, out string type)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new JsonException("ARI event has no \"type\" field.");
        }

        type = typeElement.GetString()!;
        return Types.TryGetValue(type, out var eventType)
            ? (AriEvent?)document.RootElement.Deserialize(eventType, AriJson.Options)
            : null;
    }
}
