using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallTracker.Pbx.Ari;

/// <summary>Serializer settings matching Asterisk's JSON: snake_case fields, and dates like 2026-11-24T14:02:44.595+0000.</summary>
internal static class AriJson
{
    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>Request bodies use the REST parameter names, which are camelCase (appArgs, channelId), unlike the models.</summary>
    public static readonly JsonSerializerOptions RequestOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // A null where the model says never (e.g. a StasisStart with "channel": null) is an undecodable event, not a crash later.
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new AsteriskDateConverter());
        return options;
    }

    private sealed class AsteriskDateConverter : JsonConverter<DateTimeOffset>
    {
        private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss.fffzzz", "yyyy-MM-dd'T'HH:mm:ss.fffzz00", "yyyy-MM-dd'T'HH:mm:sszzz"];

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException("Expected a date string.");

            // Asterisk writes the offset without a colon (+0000), which ISO parsers in .NET reject.
            if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && text[^3] != ':')
            {
                text = text[..^2] + ":" + text[^2..];
            }

            return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed)
                ? parsed
                : throw new JsonException($"'{text}' is not an Asterisk timestamp.");
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + value.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal));
    }
}
