using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallTracker.Pbx.Webhooks;
using CallTracker.Store.Rows;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Pbx.Web.Admin;

namespace CallTracker.Tests.Pbx.Webhooks;

/// <summary>Webhooks end to end: calls through the fake Asterisk, posts to a receiver on Kestrel, state through the admin API.</summary>
[CancelAfter(40_000)]
public sealed class WebhookDeliveryTests
{
    private const string CallerNumber = "79161234567";

    private static readonly string[] AnsweredCall = [WebhookEventTypes.CallStarted, WebhookEventTypes.CallForwarded, WebhookEventTypes.CallAnswered, WebhookEventTypes.CallEnded];

    [Test]
    public async Task Each_moment_of_an_answered_call_is_delivered_once_in_order_with_a_valid_signature(CancellationToken cancellationToken)
    {
        await using var receiver = await WebhookReceiver.StartAsync(cancellationToken);
        await using var pbx = await PbxHarness.StartWithWebhooksAsync(WebhookSettings.For(receiver), cancellationToken);
        using var http = AdminCredentials.Client(pbx.ServiceAddress);
        var number = await StartVisitAsync(http, cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.FromMilliseconds(300)));

        var call = await AnsweredCallAsync(pbx, number, cancellationToken);
        var posts = await DeliveredAsync(receiver, call.Id, 4, cancellationToken);
        await Eventually.ThatAsync(async () => (await PendingAsync(http, cancellationToken)).Count == 0, "every delivery is recorded as delivered", cancellationToken);
        var deliveries = await http.GetFromJsonAsync<JsonElement>($"/api/webhooks/deliveries?callId={call.Id}", cancellationToken);

        var started = posts[0].Call;
        var ended = posts[3];
        Assert.Multiple(() =>
        {
            Assert.That(posts.Select(p => p.Type), Is.EqualTo(AnsweredCall));
            Assert.That(posts.Select(p => p.Sequence), Is.EqualTo(new[] { 1, 2, 3, 4 }));
            Assert.That(posts.All(p => p.IsSignedWith(WebhookSettings.Secret)), Is.True, "every post is signed with the endpoint's secret");
            Assert.That(posts.Select(p => p.Headers[WebhookHeaders.IdempotencyKey]), Is.EqualTo(posts.Select(p => p.Id)), "the idempotency key is in the header and the body");
            Assert.That(posts.Select(p => p.Id).Distinct().Count(), Is.EqualTo(4));
            Assert.That(posts.Select(p => p.Headers[WebhookHeaders.Event]), Is.EqualTo(AnsweredCall));
            Assert.That(started.GetProperty("status").GetString(), Is.EqualTo("InProgress"), "call.started comes before anyone answers");
            Assert.That(started.GetProperty("caller").GetProperty("number").GetString(), Is.EqualTo(CallerNumber));
            Assert.That(started.GetProperty("trackingNumber").GetString(), Is.EqualTo(number));
            Assert.That(started.GetProperty("attribution").GetProperty("source").GetString(), Is.EqualTo("yandex"));
            Assert.That(started.GetProperty("visit").GetProperty("utmCampaign").GetString(), Is.EqualTo("sofas"));
            Assert.That(started.GetProperty("visit").GetProperty("keyword").GetString(), Is.EqualTo("blue sofa"));
            Assert.That(started.GetProperty("visit").GetProperty("landingPage").GetString(), Does.StartWith("https://shop.example/"));
            Assert.That(posts[1].Json.GetProperty("data").GetProperty("result").GetString(), Is.EqualTo("Answered"));
            Assert.That(posts[1].Json.GetProperty("data").GetProperty("manager").GetString(), Is.EqualTo("Anna"));
            Assert.That(posts[2].Json.GetProperty("data").GetProperty("endpoint").GetString(), Is.EqualTo("PJSIP/101"));
            Assert.That(ended.Call.GetProperty("status").GetString(), Is.EqualTo("Answered"));
            Assert.That(ended.Call.GetProperty("manager").GetString(), Is.EqualTo("Anna"));
            Assert.That(ended.Call.GetProperty("types").GetProperty("unique").GetBoolean(), Is.True, "call types are worked out before call.ended");
            Assert.That(ended.Json.GetProperty("data").GetProperty("waitSeconds").GetInt32(), Is.EqualTo(call.WaitSeconds));
            Assert.That(KnownFields(ended.Call), Is.GreaterThanOrEqualTo(30), "a payload carries everything known about the call");
            Assert.That(deliveries.GetProperty("deliveries").EnumerateArray().Select(d => (d.GetProperty("state").GetString(), d.GetProperty("attempts").GetInt32())), Is.EqualTo(Enumerable.Repeat((WebhookDeliveryStates.Delivered, 1), 4)));
        });
    }

    [Test]
    public async Task An_endpoint_gets_only_the_types_it_subscribes_to_and_call_tagged_carries_the_tag(CancellationToken cancellationToken)
    {
        await using var receiver = await WebhookReceiver.StartAsync(cancellationToken);
        var settings = WebhookSettings.For(receiver, events: "\"call.tagged\", \"call.ended\"");
        await using var pbx = await PbxHarness.StartWithWebhooksAsync(settings, cancellationToken, CallTracker.Tests.Pbx.Calls.AfterCallConfig.Routing, CallTracker.Tests.Pbx.Calls.AfterCallConfig.Menus);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", CallerNumber, null, cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var phone = pbx.Asterisk.FindPhoneLeg("PJSIP/101")!;
        await Eventually.ThatAsync(() => phone.MediaHeard.Contains("sound:custom/tag-code"), "the tagging menu asks for a code", cancellationToken);
        await phone.SendDtmfAsync("1#", cancellationToken);
        await Eventually.ThatAsync(() => phone.MediaHeard.Contains("sound:beep"), "the value is asked", cancellationToken);
        await phone.SendDtmfAsync("15000#", cancellationToken);
        await Eventually.ThatAsync(() => phone.MediaHeard.Contains("sound:if-correct-press"), "the tag is read back", cancellationToken);
        await phone.SendDtmfAsync("1", cancellationToken);
        await Eventually.ThatAsync(() => phone.MediaHeard.Contains("sound:custom/another"), "another tag is offered", cancellationToken);
        await phone.SendDtmfAsync("2", cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var posts = await DeliveredAsync(receiver, call.Id, 2, cancellationToken);

        var tag = posts[0].Json.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(posts.Select(p => p.Type), Is.EqualTo(new[] { WebhookEventTypes.CallTagged, WebhookEventTypes.CallEnded }));
            Assert.That((tag.GetProperty("code").GetString(), tag.GetProperty("name").GetString(), tag.GetProperty("value").GetInt64()), Is.EqualTo(("1", "Sale", 15000L)));
            Assert.That(posts[1].Sequence, Is.GreaterThan(posts[0].Sequence + 0), "the sequence goes on");
            Assert.That(posts[0].Sequence, Is.GreaterThan(1), "the call's earlier moments were counted though this endpoint skips them");
            Assert.That(posts[1].Call.GetProperty("tags").GetArrayLength(), Is.EqualTo(1));
            Assert.That(posts[1].Call.GetProperty("recording").GetProperty("path").GetString(), Is.Not.Empty, "the route records the conversation");
        });
    }

    [Test]
    public async Task A_receiver_down_for_a_while_loses_nothing_and_gets_each_calls_events_in_order(CancellationToken cancellationToken)
    {
        await using var receiver = await WebhookReceiver.StartAsync(cancellationToken);
        receiver.AnswerWith(HttpStatusCode.ServiceUnavailable);
        await using var pbx = await PbxHarness.StartWithWebhooksAsync(WebhookSettings.For(receiver), cancellationToken);
        using var http = AdminCredentials.Client(pbx.ServiceAddress);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));

        var first = await AnsweredCallAsync(pbx, "74950000001", cancellationToken);
        var second = await AnsweredCallAsync(pbx, "74950000001", cancellationToken);
        await Eventually.ThatAsync(async () => (await PendingAsync(http, cancellationToken)).Count == 8, "all eight events wait in the outbox", cancellationToken);
        await Eventually.ThatAsync(() => receiver.Requests >= 6, "delivery keeps trying", cancellationToken);
        var pending = await PendingAsync(http, cancellationToken);
        var health = await http.GetFromJsonAsync<JsonElement>("/health", cancellationToken);

        receiver.AnswerWith(HttpStatusCode.OK);
        var firstPosts = await DeliveredAsync(receiver, first.Id, 4, cancellationToken);
        var secondPosts = await DeliveredAsync(receiver, second.Id, 4, cancellationToken);
        await Eventually.ThatAsync(async () => (await PendingAsync(http, cancellationToken)).Count == 0, "the outbox empties", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(pending.Select(d => d.GetProperty("lastStatus").ValueKind == JsonValueKind.Number ? d.GetProperty("lastStatus").GetInt32() : 0).Max(), Is.EqualTo(503));
            Assert.That(pending.Any(d => d.GetProperty("lastError").GetString() is { } error && error.Contains("503", StringComparison.Ordinal)), Is.True, "the last error is shown");
            Assert.That(health.GetProperty("webhooksPending").GetInt64(), Is.EqualTo(8));
            Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("ok"), "a receiver down is not the PBX down");
            Assert.That(firstPosts.Select(p => p.Type), Is.EqualTo(AnsweredCall));
            Assert.That(secondPosts.Select(p => p.Type), Is.EqualTo(AnsweredCall));
            Assert.That(receiver.Taken.Select(p => p.Id).Distinct().Count(), Is.EqualTo(8), "each event taken once");
            Assert.That(secondPosts[0].Call.GetProperty("caller").GetProperty("earlierCalls").GetInt32(), Is.EqualTo(1), "call.started tells the caller's earlier calls");
        });
    }

    [Test]
    public async Task Events_left_undelivered_at_a_restart_are_delivered_by_the_restarted_service(CancellationToken cancellationToken)
    {
        await using var receiver = await WebhookReceiver.StartAsync(cancellationToken);
        receiver.AnswerWith(HttpStatusCode.InternalServerError);
        await using var pbx = await PbxHarness.StartWithWebhooksAsync(WebhookSettings.For(receiver), cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        var call = await AnsweredCallAsync(pbx, "74950000001", cancellationToken);
        using (var http = AdminCredentials.Client(pbx.ServiceAddress))
        {
            await Eventually.ThatAsync(async () => (await PendingAsync(http, cancellationToken)).Count == 4, "the call's events wait in the outbox", cancellationToken);
        }

        await pbx.RestartAsync(cancellationToken);
        var before = receiver.Requests;
        await Eventually.ThatAsync(() => receiver.Requests > before, "the restarted service tries again", cancellationToken);
        receiver.AnswerWith(HttpStatusCode.OK);
        var posts = await DeliveredAsync(receiver, call.Id, 4, cancellationToken);

        Assert.That(posts.Select(p => p.Type), Is.EqualTo(AnsweredCall));
        Assert.That(receiver.Taken, Has.Count.EqualTo(4), "nothing taken twice");
    }

    [Test]
    public async Task A_receiver_that_never_answers_does_not_hold_up_the_call(CancellationToken cancellationToken)
    {
        await using var receiver = await WebhookReceiver.StartAsync(cancellationToken);
        receiver.Hang();
        await using var pbx = await PbxHarness.StartWithWebhooksAsync(WebhookSettings.For(receiver, timeoutSeconds: 60), cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());

        var caller = await pbx.Asterisk.PlaceInboundCallAsync("74950000001", CallerNumber, null, cancellationToken);
        await Eventually.ThatAsync(() => receiver.Waiting == 1, "the receiver holds call.started without answering", cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null, "manager 101 rings", cancellationToken);
        await pbx.Asterisk.FindPhoneLeg("PJSIP/101")!.AnswerAsync(cancellationToken);
        await pbx.WaitForManagerJoinedAsync(1, cancellationToken);
        await caller.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
        var (held, taken) = (receiver.Waiting, receiver.Taken.Count);
        receiver.Release();
        var posts = await DeliveredAsync(receiver, call.Id, 4, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("Answered"), "the call was answered, bridged and ended while the receiver held its first post");
            Assert.That((held, taken), Is.EqualTo((1, 0)), "still one post held and none taken: the call's later events wait behind it");
            Assert.That(posts.Select(p => p.Type), Is.EqualTo(AnsweredCall));
        });
    }

    /// <summary>A visit from a paid ad, through the tracking API; returns the pool number it was shown.</summary>
    private static async Task<string> StartVisitAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tracking/sites/shop/sessions")
        {
            Content = JsonContent.Create(new
            {
                visitorId = "visitor-webhooks",
                landingUrl = "https://shop.example/sofas?utm_source=yandex&utm_medium=cpc&utm_campaign=sofas&utm_term=blue+sofa",
                utmSource = "yandex",
                utmMedium = "cpc",
                utmCampaign = "sofas",
                utmTerm = "blue sofa",
                keyword = "blue sofa",
            }),
        };
        request.Headers.Add("Origin", "https://shop.example");
        using var response = await http.SendAsync(request, cancellationToken);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return session.GetProperty("number").GetString()!;
    }

    /// <summary>Manager 101 takes the call; the caller hangs up once they are connected.</summary>
    private static async Task<CallRow> AnsweredCallAsync(PbxHarness pbx, string number, CancellationToken cancellationToken)
    {
        var joined = pbx.Asterisk.Requests.Count(r => r.Path.EndsWith("/addChannel", StringComparison.Ordinal) && r.Status < 300);
        var caller = await pbx.Asterisk.PlaceInboundCallAsync(number, CallerNumber, "Ivan Petrov", cancellationToken);
        await Eventually.ThatAsync(
            () => pbx.Asterisk.Requests.Count(r => r.Path.EndsWith("/addChannel", StringComparison.Ordinal) && r.Status < 300) > joined,
            "the manager joins the caller",
            cancellationToken);
        await caller.HangupAsync(cancellationToken);
        return await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);
    }

    private static async Task<IReadOnlyList<ReceivedWebhook>> DeliveredAsync(WebhookReceiver receiver, string callId, int count, CancellationToken cancellationToken)
    {
        await Eventually.ThatAsync(() => receiver.Taken.Count(p => p.CallId == callId) >= count, $"{count} events of call {callId} are delivered", cancellationToken);
        return receiver.Taken.Where(p => p.CallId == callId).ToList();
    }

    private static async Task<List<JsonElement>> PendingAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var answer = await http.GetFromJsonAsync<JsonElement>("/api/webhooks/deliveries?state=pending", cancellationToken);
        return answer.GetProperty("deliveries").EnumerateArray().ToList();
    }

    /// <summary>Fields of the call with a value: every leaf that is not null, a list counting once.</summary>
    private static int KnownFields(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(p => KnownFields(p.Value)),
        JsonValueKind.Null => 0,
        _ => 1,
    };
}
