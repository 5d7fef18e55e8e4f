using System.Text.Json;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Pbx.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CallTracker.Tests.Pbx.Calls;

[CancelAfter(30_000)]
public sealed class StickyRingCallTests
{
    private const string TrackingNumber = "74950000001";

    [Test]
    public async Task Caller_whom_102_answered_before_rings_102_first_although_101_is_listed_first(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(StickyRouting(), ServiceFolder.NoMenus, new FakeAsteriskOptions(), cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.NeverAnswer());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        var first = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, "79161234567", null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(2, cancellationToken);
        await first.HangupAsync(cancellationToken);
        var firstCall = await pbx.WaitForFinishedCallAsync(first.ChannelId, cancellationToken);
        var load = pbx.App.Services.GetRequiredService<ManagerLoad>();
        await Eventually.ThatAsync(() => load.IsFree("PJSIP/102"), "manager 102 is free again", cancellationToken);

        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        var second = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, "+79161234567", null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await second.HangupAsync(cancellationToken);
        var secondCall = await pbx.WaitForFinishedCallAsync(second.ChannelId, cancellationToken);

        var firstRung = await RungAsync(pbx, firstCall.Id, cancellationToken);
        var secondRung = await RungAsync(pbx, secondCall.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(firstRung, Is.EqualTo(new[] { "PJSIP/101", "PJSIP/102" }), "a first call rings in the route's order");
            Assert.That(firstCall.AnsweredBy, Is.EqualTo("PJSIP/102"));
            Assert.That(secondRung, Is.EqualTo(new[] { "PJSIP/102" }), "the caller's last manager rings first");
            Assert.That(secondCall.AnsweredBy, Is.EqualTo("PJSIP/102"));
        });
    }

    /// <summary>The sales route of the harness, Sticky, over 30 days.</summary>
    private static string StickyRouting() =>
        PbxHarness.SalesRouting(ringSeconds: 1)
            .Replace("\"Name\": \"sales\",", "\"Name\": \"sales\", \"Ring\": \"Sticky\",", StringComparison.Ordinal)
            .Replace("\"DefaultRoute\": \"sales\",", "\"DefaultRoute\": \"sales\", \"StickyDays\": 30,", StringComparison.Ordinal);

    /// <summary>The endpoints the call rang, in order.</summary>
    private static async Task<IReadOnlyList<string>> RungAsync(PbxHarness pbx, string callId, CancellationToken cancellationToken) =>
        (await pbx.CallEvents.ListForCallAsync(callId, cancellationToken))
            .Where(e => e.Kind == "ManagerRinging")
            .Select(e => Endpoint(e.DetailJson!))
            .ToList();

    private static string Endpoint(string detailJson)
    {
        using var detail = JsonDocument.Parse(detailJson);
        return detail.RootElement.GetProperty("endpoint").GetString()!;
    }
}
