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
        // Asterisk's timestamps have 28 characters; a string much longer than that is not one.
        private const int MaxLength = 40;

        private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss.fffzzz", "yyyy-MM-dd'T'HH:mm:ss.fffzz00", "yyyy-MM-dd'T'HH:mm:sszzz"];

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // Every event and channel carries timestamps, thousands a second in a burst of calls: they are parsed on
            // the stack rather than each made into strings.
            var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (reader.TokenType != JsonTokenType.String || bytes > MaxLength)
            {
                throw new JsonException($"'{(reader.TokenType == JsonTokenType.String ? reader.GetString() : reader.TokenType)}' is not an Asterisk timestamp.");
            }

            Span<char> buffer = stackalloc char[MaxLength + 1];
            var length = reader.CopyString(buffer);
            var text = buffer[..length];

            // Asterisk writes the offset without a colon (+0000), which ISO parsers in .NET reject.
            if (length > 5 && (text[^5] == '+' || text[^5] == '-') && text[^3] != ':')
            {
                text[^2..].CopyTo(buffer[(length - 1)..]);
                buffer[length - 2] = ':';
                text = buffer[..(length + 1)];
            }

            return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed)
                ? parsed
                : throw new JsonException($"'{text.ToString()}' is not an Asterisk timestamp.");
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + value.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal));
    }
}
