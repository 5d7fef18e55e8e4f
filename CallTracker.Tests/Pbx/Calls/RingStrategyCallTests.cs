using System.Text.Json;
using CallTracker.Tests.Fakes;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Pbx.Hosting;

namespace CallTracker.Tests.Pbx.Calls;

/// <summary>Priority groups and weighted dealers, end to end through the fake Asterisk.</summary>
[CancelAfter(30_000)]
public sealed class RingStrategyCallTests
{
    private const string PriorityNumber = "74950000001";
    private const string DealersNumber = "74950000002";

    /// <summary>
    /// "priority": 101, then 102 and 103 at once. "dealers": north (101, weight 10) and south (102), one call each at
    /// most; by weight alone north would take the first two calls.
    /// </summary>
    private const string Routing = """
        {
          "Routing": {
            "DefaultRoute": "priority",
            "Managers": [ { "Endpoint": "PJSIP/101", "Name": "Anna" }, { "Endpoint": "PJSIP/102", "Name": "Boris" }, { "Endpoint": "PJSIP/103", "Name": "Vera" } ],
            "Dealers": [
              { "Name": "north", "Endpoints": [ "PJSIP/101" ], "Weight": 10, "MaxCalls": 1, "RingSeconds": 10 },
              { "Name": "south", "Endpoints": [ "PJSIP/102" ], "Weight": 1, "MaxCalls": 1, "RingSeconds": 10 }
            ],
            "Routes": [
              {
                "Name": "priority",
                "Ring": "Priority",
                "Groups": [
                  { "Targets": [ { "Endpoint": "PJSIP/101", "RingSeconds": 10 } ] },
                  { "Ring": "Simultaneous", "Targets": [ { "Endpoint": "PJSIP/102", "RingSeconds": 10 }, { "Endpoint": "PJSIP/103", "RingSeconds": 10 } ] }
                ]
              },
              { "Name": "dealers", "Ring": "Weighted", "Dealers": [ "north", "south" ] }
            ],
            "TrackingNumbers": [ { "Number": "74950000001", "Route": "priority" }, { "Number": "74950000002", "Route": "dealers" } ]
          }
        }
        """;

    [Test]
    public async Task Priority_route_whose_first_group_is_busy_rings_the_second_group_at_once_and_connects_who_answers(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(Routing, ServiceFolder.NoMenus, new FakeAsteriskOptions(), cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Busy());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.Manual());
        pbx.Asterisk.SetPhone("PJSIP/103", PhoneBehaviour.Manual());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(PriorityNumber, "79161234567", null, cancellationToken);
        var second = await pbx.Asterisk.WaitForPhoneLegAsync("PJSIP/102", cancellationToken);
        var third = await pbx.Asterisk.WaitForPhoneLegAsync("PJSIP/103", cancellationToken);
        await third.AnswerAsync(cancellationToken);
        await pbx.WaitForManagerJoinedAsync(3, cancellationToken);
        await second.WaitForHangupAsync(cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var rung = await RungAsync(pbx, call.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"));
            Assert.That(call.AnsweredBy, Is.EqualTo("PJSIP/103"));
            Assert.That(rung.Select(r => r.Endpoint), Is.EqualTo(new[] { "PJSIP/101", "PJSIP/102", "PJSIP/103" }));
            Assert.That(second.IsHungUp, Is.True, "the other phone of group 2 stops ringing");
        });
    }

    [Test]
    public async Task Second_caller_while_a_dealer_is_at_its_cap_goes_to_the_next_dealer(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(Routing, ServiceFolder.NoMenus, new FakeAsteriskOptions(), cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.Manual());

        var first = await pbx.Asterisk.PlaceInboundCallAsync(DealersNumber, "79161111111", null, cancellationToken);
        await pbx.Asterisk.WaitForPhoneLegAsync("PJSIP/101", cancellationToken);
        var second = await pbx.Asterisk.PlaceInboundCallAsync(DealersNumber, "79162222222", null, cancellationToken);
        var south = await pbx.Asterisk.WaitForPhoneLegAsync("PJSIP/102", cancellationToken);
        await south.AnswerAsync(cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.Requests.Any(r => r.Path.EndsWith("/addChannel", StringComparison.Ordinal) && r.Status < 300), "south joins the second caller", cancellationToken);
        await first.HangupAsync(cancellationToken);
        await second.HangupAsync(cancellationToken);
        var firstCall = await pbx.WaitForFinishedCallAsync(first.ChannelId, cancellationToken);
        var secondCall = await pbx.WaitForFinishedCallAsync(second.ChannelId, cancellationToken);
        var firstRung = await RungAsync(pbx, firstCall.Id, cancellationToken);
        var secondRung = await RungAsync(pbx, secondCall.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(firstRung, Is.EqualTo(new[] { ("PJSIP/101", "north") }));
            Assert.That(secondRung, Is.EqualTo(new[] { ("PJSIP/102", "south") }), "north, first by weight, already had its one call");
            Assert.That(secondCall.Status, Is.EqualTo("Answered"));
            Assert.That(secondCall.AnsweredBy, Is.EqualTo("PJSIP/102"));
            Assert.That(firstCall.Status, Is.EqualTo("CallerHungUpBeforeAnswer"));
        });
    }

    /// <summary>Each ManagerRinging of the call: the endpoint reports read as $.endpoint, and the dealer it rang for.</summary>
    private static async Task<List<(string Endpoint, string? Dealer)>> RungAsync(PbxHarness pbx, string callId, CancellationToken cancellationToken) =>
        (await pbx.CallEvents.ListForCallAsync(callId, cancellationToken))
            .Where(e => e.Kind == "ManagerRinging")
            .Select(e => JsonSerializer.Deserialize<JsonElement>(e.DetailJson!))
            .Select(d => (d.GetProperty("endpoint").GetString()!, d.GetProperty("dealer").GetString()))
            .ToList();
}
