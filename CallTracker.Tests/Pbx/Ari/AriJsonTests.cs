using System.Text.Json;
using AriJson = CallTracker.Pbx.Ari.AriJson;

namespace CallTracker.Tests.Pbx.Ari;

public sealed class AriJsonTests
{
    private sealed record Stamped(DateTimeOffset Timestamp);

    [TestCase("2026-11-24T14:02:44.595+0000", "2026-11-24T14:02:44.5950000+00:00")]
    [TestCase("2026-11-24T17:02:44.595+0300", "2026-11-24T17:02:44.5950000+03:00")]
    [TestCase("2026-11-24T09:02:44.595-0500", "2026-11-24T09:02:44.5950000-05:00")]
    [TestCase("2026-11-24T14:02:44+00:00", "2026-11-24T14:02:44.0000000+00:00")]
    [TestCase("2026-11-24T14:02:44.595\\u002B0000", "2026-11-24T14:02:44.5950000+00:00")]
    public void Asterisk_timestamps_are_read_with_their_offset(string written, string expected)
    {
        var stamped = JsonSerializer.Deserialize<Stamped>($$"""{"timestamp":"{{written}}"}""", AriJson.Options)!;

        Assert.That(stamped.Timestamp.ToString("o"), Is.EqualTo(expected));
    }

    [TestCase("\"yesterday\"", "'yesterday' is not an Asterisk timestamp.")]
    [TestCase("\"2026-11-24T14:02:44.595+0000 and a great deal more text after it\"", "'2026-11-24T14:02:44.595+0000 and a great deal more text after it' is not an Asterisk timestamp.")]
    [TestCase("42", "'Number' is not an Asterisk timestamp.")]
    public void Anything_else_is_refused_naming_what_was_sent(string written, string message)
    {
        var refused = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Stamped>($$"""{"timestamp":{{written}}}""", AriJson.Options));

        Assert.That(refused!.Message, Does.Contain(message));
    }
}
