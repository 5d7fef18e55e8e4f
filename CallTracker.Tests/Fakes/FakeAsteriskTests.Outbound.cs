using System.Net;
using System.Text.Json.Nodes;
using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Fakes;

/// <summary>Calls out: a manager's phone dialling through the shipped managers context, and numbers rung at the trunk endpoint.</summary>
public sealed partial class FakeAsteriskTests
{
    [Test]
    [CancelAfter(10_000)]
    public async Task Manager_dialling_9_and_a_number_enters_Stasis_outbound_on_a_channel_named_after_the_phone(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        var recorded = TranscriptFolder.Load("02-inbound-call").EventsOf("calltracker").First(e => e.EventType == "StasisStart").Event!;

        // Act
        var manager = await asterisk.PlaceOutboundCallAsync("PJSIP/101", "979161234567", "Anna", cancellationToken);
        var start = await events.WaitForAsync("StasisStart", cancellationToken);

        // Assert: the same shape as a trunk caller's StasisStart; the phone's endpoint names the channel (chan_pjsip).
        var channel = start["channel"]!.AsObject();
        Assert.That(Keys(channel), Is.EqualTo(Keys(recorded["channel"]!.AsObject())));
        Assert.Multiple(() =>
        {
            Assert.That((string?)channel["id"], Is.EqualTo(manager.ChannelId));
            Assert.That((string?)channel["name"], Does.Match(@"^PJSIP/101-[0-9a-f]{8}$"));
            Assert.That((string?)channel["state"], Is.EqualTo("Ring"));
            Assert.That(start["args"]!.ToJsonString(), Is.EqualTo("[\"outbound\",\"79161234567\"]"));
            Assert.That(channel["caller"]!.ToJsonString(), Is.EqualTo("{\"name\":\"Anna\",\"number\":\"101\"}"));
            Assert.That((string?)channel["dialplan"]!["context"], Is.EqualTo("managers"));
            Assert.That((string?)channel["dialplan"]!["exten"], Is.EqualTo("979161234567"));
            Assert.That((string?)channel["dialplan"]!["app_data"], Is.EqualTo("calltracker,outbound,79161234567"));
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task Manager_dialling_out_while_no_app_is_connected_reaches_the_number_through_the_trunk(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, time) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        asterisk.SetPhone("PJSIP/79161234567@trunk", PhoneBehaviour.AnswerAfter(TimeSpan.FromSeconds(2)));

        // Act
        var manager = await asterisk.PlaceOutboundCallAsync("PJSIP/101", "979161234567", null, cancellationToken);
        var client = await asterisk.WaitForPhoneLegAsync("PJSIP/79161234567@trunk", cancellationToken);
        time.Advance(TimeSpan.FromSeconds(2));

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(manager.DeliveredToStasis, Is.False);
            Assert.That(manager.State, Is.EqualTo("Up"), "the dialplan's Dial() answered the manager once the client did");
            Assert.That(client.State, Is.EqualTo("Up"));
        });
    }

    [Test]
    [CancelAfter(10_000)]
    public async Task A_number_dialled_at_the_trunk_endpoint_rings_on_a_channel_named_after_the_trunk(CancellationToken cancellationToken)
    {
        // Arrange
        var (asterisk, _) = await CreateSutAsync(cancellationToken);
        await using var _ = asterisk;
        asterisk.SetPhone("PJSIP/79161234567@trunk", PhoneBehaviour.Manual());
        await using var events = await AriEventStream.ConnectAsync(asterisk.BaseUri, "calltracker", Credentials, cancellationToken);
        using var http = CreateClient(asterisk);
        var id = await CreateLegAsync(http, "PJSIP/79161234567@trunk", cancellationToken);

        // Act
        await PostAsync(http, $"ari/channels/{id}/dial?timeout=30", HttpStatusCode.NoContent, cancellationToken);
        var dial = await events.WaitForAsync(e => (string?)e["type"] == "Dial" && (string?)e["dialstatus"] == "", cancellationToken);
        var client = asterisk.FindPhoneLeg("PJSIP/79161234567@trunk")!;
        await client.WaitForStateAsync("Ringing", cancellationToken);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That((string?)dial["peer"]!["name"], Does.Match(@"^PJSIP/trunk-[0-9a-f]{8}$"));
            Assert.That((string?)dial["dialstring"], Is.EqualTo("79161234567@trunk"));
            Assert.That(client.ChannelId, Is.EqualTo(id));
        });
    }
}
