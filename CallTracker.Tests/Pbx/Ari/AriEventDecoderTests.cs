using System.Text;
using System.Text.Json;
using CallTracker.Pbx.Ari.Events;

namespace CallTracker.Tests.Pbx.Ari;

public sealed class AriEventDecoderTests
{
    [Test]
    public void An_event_no_call_acts_on_is_dropped_once_its_type_is_read()
    {
        // As Asterisk sends it (transcript 17): the type after the variable, and a whole channel snapshot.
        const string varset = """
            {"variable":"CALLTRACKER_CALL_ID","value":"c1","type":"ChannelVarset","timestamp":"2026-12-02T10:00:00.000+0000",
             "channel":{"id":"1.2","name":"PJSIP/101-1","state":"Down","caller":{"name":"","number":""}},"asterisk_id":"x","application":"calltracker"}
            """;

        var decoded = AriEventDecoder.Decode(Encoding.UTF8.GetBytes(varset), out var type);

        Assert.That((decoded, type), Is.EqualTo(((AriEvent?)null, "ChannelVarset")));
    }

    [Test]
    public void An_event_a_call_acts_on_is_decoded_wherever_its_type_stands()
    {
        const string start = """
            {"timestamp":"2026-12-02T10:00:00.000+0000","args":["inbound","74950000001"],"application":"calltracker",
             "channel":{"id":"1.1","name":"PJSIP/trunk-1","state":"Ring","caller":{"name":"","number":"79160000000"},"connected":{"name":"","number":""},
             "dialplan":{"context":"from-trunk","exten":"74950000001","priority":1},"creationtime":"2026-12-02T10:00:00.000+0000","language":"en"},
             "type":"StasisStart"}
            """;

        var decoded = AriEventDecoder.Decode(Encoding.UTF8.GetBytes(start), out var type);

        Assert.That(type, Is.EqualTo("StasisStart"));
        Assert.That(decoded, Is.TypeOf<StasisStartEvent>().With.Property(nameof(StasisStartEvent.Channel)).With.Property("Id").EqualTo("1.1"));
    }

    [TestCase("""{"channel":{"id":"1.1"}}""", "no \"type\"")]
    [TestCase("""{"type":42}""", "no \"type\"")]
    [TestCase("""[{"type":"StasisStart"}]""", "not a JSON object")]
    public void A_message_without_a_type_is_refused_naming_what_is_wrong(string json, string problem)
    {
        var refused = Assert.Throws<JsonException>(() => AriEventDecoder.Decode(Encoding.UTF8.GetBytes(json), out _));

        Assert.That(refused!.Message, Does.Contain(problem));
    }
}
