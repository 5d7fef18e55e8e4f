using System.Net.Http.Json;
using System.Text.Json;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Pbx.Web.Admin;

namespace CallTracker.Tests.Pbx.Tracking;

/// <summary>A visit through the tracking API, then a call through the fake Asterisk to the number it was shown.</summary>
[CancelAfter(30_000)]
public sealed class AttributionEndToEndTests
{
    private const string CallerNumber = "79161234567";

    [Test]
    public async Task A_call_to_the_number_a_visit_was_shown_is_attributed_to_that_visit(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        using var http = AdminCredentials.Client(pbx.ServiceAddress);
        http.DefaultRequestHeaders.Add("Origin", "https://shop.example");
        var visit = new { visitorId = "visitor-e2e", landingUrl = "https://shop.example/?utm_source=yandex&utm_medium=cpc&utm_campaign=sofas", utmSource = "yandex", utmMedium = "cpc", utmCampaign = "sofas" };
        using var started = await http.PostAsJsonAsync("/api/tracking/sites/shop/sessions", visit, cancellationToken);
        var session = await started.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var number = session.GetProperty("number").GetString()!;

        var caller = await pbx.Asterisk.PlaceInboundCallAsync(number, CallerNumber, "Visitor", cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var attribution = await pbx.Attributions.GetAsync(call.Id, cancellationToken);
        var details = await http.GetFromJsonAsync<JsonElement>($"/api/calls/{call.Id}", cancellationToken);

        Assert.Multiple(async () =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"), "attribution does not get in the call's way");
            Assert.That((attribution!.Reason, attribution.SessionId), Is.EqualTo(("Exact", session.GetProperty("sessionId").GetString())));
            Assert.That((attribution.Source, attribution.Channel, attribution.Campaign), Is.EqualTo(("yandex", "paid", "sofas")));
            Assert.That(await pbx.EventKindsAsync(call.Id, cancellationToken), Does.Contain("Attributed"));
            Assert.That(details.GetProperty("attribution").GetProperty("reason").GetString(), Is.EqualTo("Exact"));
        });
    }

    [Test]
    public async Task A_call_to_a_static_number_names_its_source(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("+74950000002", CallerNumber, null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var attribution = await pbx.Attributions.GetAsync(call.Id, cancellationToken);

        Assert.That((attribution!.Reason, attribution.Source, attribution.Channel), Is.EqualTo(("Static", "Billboard", "outdoor")));
    }
}
