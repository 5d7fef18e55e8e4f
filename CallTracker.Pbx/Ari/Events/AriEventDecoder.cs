using System.Text.Json;

namespace CallTracker.Pbx.Ari.Events;

/// <summary>
/// The one place where an event's "type" picks its record. Only the types a call acts on are decoded: most of what
/// Asterisk sends (variable, caller id, dialplan and bridge changes, playbacks starting) is not, and each event is a
/// whole channel snapshot, so the rest are dropped after reading their type alone.
/// </summary>
public static class AriEventDecoder
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["ApplicationReplaced"] = typeof(ApplicationReplacedEvent),
        ["StasisStart"] = typeof(StasisStartEvent),
        ["StasisEnd"] = typeof(StasisEndEvent),
        ["ChannelStateChange"] = typeof(ChannelStateChangeEvent),
        ["ChannelHangupRequest"] = typeof(ChannelHangupRequestEvent),
        ["ChannelDestroyed"] = typeof(ChannelDestroyedEvent),
        ["ChannelDtmfReceived"] = typeof(ChannelDtmfReceivedEvent),
        ["Dial"] = typeof(DialEvent),
        ["PlaybackFinished"] = typeof(PlaybackFinishedEvent),
        ["RecordingFinished"] = typeof(RecordingFinishedEvent),
        ["RecordingFailed"] = typeof(RecordingFailedEvent),
    };

    /// <summary>Decodes one WebSocket message.</summary>
    /// <returns>The typed event, or null with <paramref name="type"/> set when the type is one we do not use.</returns>
    /// <exception cref="JsonException">The message is not a JSON object with a type, or an event we use lacks a field the schema requires.</exception>
    public static AriEvent? Decode(ReadOnlySpan<byte> utf8Json, out string type)
    {
        type = TypeOf(utf8Json);
        return Types.TryGetValue(type, out var eventType)
            ? (AriEvent?)JsonSerializer.Deserialize(utf8Json, eventType, AriJson.Options)
            : null;
    }

    /// <summary>Reads the top-level "type", stepping over the other fields without decoding them.</summary>
    private static string TypeOf(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("ARI event is not a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                if (reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString()!;
                }

                break;
            }

            reader.Skip();
        }

        throw new JsonException("ARI event has no \"type\" field.");
    }
}
