using CallTracker.Store.Repositories;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CallTracker.Tests.Pbx.Calls;

/// <summary>Calls managers place from their phones (9, then the number), through the fake Asterisk's managers context.</summary>
[CancelAfter(30_000)]
public sealed class OutboundCallTests
{
    private const string Client = "79161234567";
    private const string ClientAtTrunk = "PJSIP/79161234567@trunk";

    [Test]
    public async Task Outgoing_call_the_client_answers_is_recorded_as_Outbound_with_the_manager_the_number_and_talk_time(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone(ClientAtTrunk, PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var manager = await pbx.Asterisk.PlaceOutboundCallAsync("PJSIP/101", "9" + Client, "Anna", cancellationToken);
        await WaitForClientJoinedAsync(pbx, cancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(1200), cancellationToken);
        await pbx.Asterisk.FindPhoneLeg(ClientAtTrunk)!.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(manager.ChannelId, cancellationToken);
        var kinds = await pbx.EventKindsAsync(call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Direction, Is.EqualTo("Outbound"));
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(call.CallerNumber, Is.EqualTo("101"), "the manager is the caller");
            Assert.That(call.CallerName, Is.EqualTo("Anna"));
            Assert.That(call.TrackingNumber, Is.EqualTo(Client), "the number dialled, without the 9");
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/101"));
            Assert.That(call.TalkSeconds, Is.GreaterThanOrEqualTo(1));
            Assert.That(kinds, Is.EqualTo(new[] { "Arrived", "ClientRinging", "ClientAnswered", "Answered", "CallerHungUp", "Ended" }));
            Assert.That(manager.IsHungUp, Is.True, "the manager is hung up when the client leaves");
        });
    }

    [Test]
    public async Task Outgoing_call_to_a_busy_number_is_Busy_and_the_manager_hears_busy(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone(ClientAtTrunk, PhoneBehaviour.Busy());

        var manager = await pbx.Asterisk.PlaceOutboundCallAsync("PJSIP/101", "9" + Client, null, cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(manager.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Direction, Is.EqualTo("Outbound"));
            Assert.That(call.Status, Is.EqualTo("Busy"));
            Assert.That(call.AnsweredBy, Is.Null);
            Assert.That(call.TalkSeconds, Is.Zero);
            Assert.That(manager.HangupCauseHeard, Is.EqualTo(17));
        });
    }

    [Test]
    public async Task Manager_who_hangs_up_before_the_number_answers_gives_CallerHungUpBeforeAnswer_and_stops_the_ringing(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone(ClientAtTrunk, PhoneBehaviour.Manual());

        var manager = await pbx.Asterisk.PlaceOutboundCallAsync("PJSIP/101", "9" + Client, null, cancellationToken);
        var client = await pbx.Asterisk.WaitForPhoneLegAsync(ClientAtTrunk, cancellationToken);
        await client.WaitForStateAsync("Ringing", cancellationToken);
        await manager.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(manager.ChannelId, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("CallerHungUpBeforeAnswer"));
            Assert.That(client.IsHungUp, Is.True, "the client's phone stops ringing");
        });
    }

    [Test]
    public async Task Later_inbound_call_from_a_number_a_manager_called_is_not_unique_and_the_outgoing_call_has_no_types(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone(ClientAtTrunk, PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        var manager = await pbx.Asterisk.PlaceOutboundCallAsync("PJSIP/102", "9" + Client, null, cancellationToken);
        await WaitForClientJoinedAsync(pbx, cancellationToken);
        await manager.HangupAsync(cancellationToken);
        var outgoing = await pbx.WaitForFinishedCallAsync(manager.ChannelId, cancellationToken);

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", Client, null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var inbound = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var types = pbx.App.Services.GetRequiredService<ICallTypeRepository>();
        await Eventually.ThatAsync(async () => await types.GetAsync(inbound.Id, cancellationToken) is not null, "the inbound call is classified", cancellationToken);

        var inboundTypes = await types.GetAsync(inbound.Id, cancellationToken);
        var outgoingTypes = await types.GetAsync(outgoing.Id, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(inbound.Status, Is.EqualTo("Answered"));
            Assert.That(inboundTypes!.Unique, Is.False, "the client was called before: a returning client");
            Assert.That(outgoingTypes, Is.EqualTo(new CallTracker.Store.Rows.CallTypes()), "an outgoing call is no unique or target call of its own");
        });
    }

    private static Task WaitForClientJoinedAsync(PbxHarness pbx, CancellationToken cancellationToken) =>
        Eventually.ThatAsync(
            () => pbx.Asterisk.Requests.Any(r => r.Path.EndsWith("/addChannel", StringComparison.Ordinal) && r.Query.Contains("-c1", StringComparison.Ordinal) && r.Status < 300),
            "the client joins the manager's bridge",
            cancellationToken);
}
