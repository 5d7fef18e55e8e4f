using System.Text.Json;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Reports;
using CallTracker.Pbx.Webhooks;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace CallTracker.Tests.Pbx.Webhooks;

[CancelAfter(10_000)]
public sealed class WebhookOutboxTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private Mock<ITrackingSessionRepository> sessions = null!;
    private Mock<ICallerHistoryRepository> history = null!;
    private Mock<ICallerTouchRepository> touches = null!;
    private Mock<ICallTypeRepository> callTypes = null!;

    [SetUp]
    public void CreateStore()
    {
        sessions = new Mock<ITrackingSessionRepository>();
        history = new Mock<ICallerHistoryRepository>();
        touches = new Mock<ICallerTouchRepository>();
        callTypes = new Mock<ICallTypeRepository>();
    }

    [Test]
    public async Task Call_started_waits_for_the_attribution_and_tells_the_visit_and_the_callers_earlier_calls(CancellationToken cancellationToken)
    {
        sessions.Setup(s => s.GetAsync("s1", It.IsAny<CancellationToken>())).ReturnsAsync(Visit());
        history.Setup(h => h.GetEarlierAsync("79161234567", "c1", T0, It.IsAny<CancellationToken>())).ReturnsAsync(new CallerHistory { EarlierCalls = 2, LastStatus = "Missed" });
        var sut = CreateSut(Endpoint("crm", "*"));

        var written = await FeedAsync(sut, cancellationToken, Arrived(), new LegRinging("PJSIP/101", "Anna", 1, 20), Attributed());

        var started = Payload(written[2].Single());
        var call = started.GetProperty("call");
        Assert.Multiple(() =>
        {
            Assert.That(written[0], Is.Empty);
            Assert.That(written[1], Is.Empty, "ringing alone says nothing before the source is known");
            Assert.That(started.GetProperty("type").GetString(), Is.EqualTo("call.started"));
            Assert.That(started.GetProperty("sequence").GetInt32(), Is.EqualTo(1));
            Assert.That(call.GetProperty("attribution").GetProperty("campaign").GetString(), Is.EqualTo("sofas"));
            Assert.That(call.GetProperty("visit").GetProperty("keyword").GetString(), Is.EqualTo("blue sofa"));
            Assert.That(call.GetProperty("visit").GetProperty("referrer").GetString(), Is.EqualTo("https://yandex.ru/"));
            Assert.That(call.GetProperty("caller").GetProperty("earlierCalls").GetInt32(), Is.EqualTo(2));
            Assert.That(call.GetProperty("caller").GetProperty("returning").GetBoolean(), Is.True);
            Assert.That(call.GetProperty("legs")[0].GetProperty("result").GetString(), Is.EqualTo("Ringing"));
        });
    }

    [Test]
    public async Task Call_started_goes_first_at_the_first_leg_result_when_attribution_gave_nothing(CancellationToken cancellationToken)
    {
        var sut = CreateSut(Endpoint("crm", "*"));

        var written = await FeedAsync(sut, cancellationToken, Arrived(), new LegRinging("PJSIP/101", "Anna", 1, 20), new LegNotConnected("PJSIP/101", 1, "NoAnswer"));

        var rows = written[2];
        var forwarded = Payload(rows[1]).GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Type), Is.EqualTo(new[] { "call.started", "call.forwarded" }));
            Assert.That(rows.Select(r => Payload(r).GetProperty("sequence").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(Payload(rows[0]).GetProperty("call").GetProperty("attribution").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That((forwarded.GetProperty("endpoint").GetString(), forwarded.GetProperty("manager").GetString(), forwarded.GetProperty("result").GetString(), forwarded.GetProperty("ringSeconds").GetInt32()), Is.EqualTo(("PJSIP/101", "Anna", "NoAnswer", 20)));
        });
    }

    [Test]
    public async Task Call_ended_tells_status_times_types_menu_path_legs_and_recording(CancellationToken cancellationToken)
    {
        callTypes.Setup(t => t.PreviewAsync(It.Is<CallRow>(r => r.Status == "Answered"), It.IsAny<IReadOnlyList<CallTypeRule>>(), It.IsAny<CancellationToken>())).ReturnsAsync(new CallTypes { Unique = true, Target = true });
        var sut = CreateSut(Endpoint("crm", "call.ended"));
        var ended = Row() with { Status = "Answered", AnsweredAt = T0.AddSeconds(9), AnsweredBy = "PJSIP/101", EndedAt = T0.AddSeconds(99), WaitSeconds = 9, TalkSeconds = 90, RecordingPath = "/rec/c1.wav", RecordingSeconds = 90 };

        var written = await FeedAsync(
            sut,
            cancellationToken,
            Arrived(),
            new MenuStepTaken("Pressed", "main", "1", 2_500),
            new MenuFinished("Route", "sales", null, 0, 0, 3_000, null),
            new LegRinging("PJSIP/101", "Anna", 1, 20),
            new LegAnswered("PJSIP/101", "Anna", 1),
            new CallAnswered("PJSIP/101", "Anna", T0.AddSeconds(9)),
            (new CallEnded(CallStatus.Answered), ended));

        var payload = Payload(written[^1].Single());
        var call = payload.GetProperty("call");
        Assert.Multiple(() =>
        {
            Assert.That(written.Take(written.Count - 1).SelectMany(w => w), Is.Empty, "the endpoint wants call.ended only");
            Assert.That(payload.GetProperty("sequence").GetInt32(), Is.EqualTo(4), "started, forwarded and answered were counted");
            Assert.That(payload.GetProperty("data").GetProperty("talkSeconds").GetInt32(), Is.EqualTo(90));
            Assert.That((call.GetProperty("status").GetString(), call.GetProperty("manager").GetString(), call.GetProperty("waitSeconds").GetInt32()), Is.EqualTo(("Answered", "Anna", 9)));
            Assert.That(call.GetProperty("types").GetProperty("target").GetBoolean(), Is.True);
            Assert.That(call.GetProperty("menuPath")[0].GetProperty("detail").GetString(), Is.EqualTo("1"));
            Assert.That(call.GetProperty("menuExit").GetString(), Is.EqualTo("Route"));
            Assert.That(call.GetProperty("legs")[0].GetProperty("result").GetString(), Is.EqualTo("Answered"));
            Assert.That(call.GetProperty("recording").GetProperty("path").GetString(), Is.EqualTo("/rec/c1.wav"));
        });
    }

    [Test]
    public async Task Each_webhook_goes_to_the_endpoints_that_subscribe_to_its_type(CancellationToken cancellationToken)
    {
        var sut = CreateSut(Endpoint("crm", "call.answered"), Endpoint("bi", "call.*"), Endpoint("chat", "callback.*"));

        var written = await FeedAsync(sut, cancellationToken, Arrived(), Attributed(), new CallAnswered("PJSIP/101", "Anna", T0));

        Assert.That(written[1].Select(r => (r.Type, string.Join(",", r.Endpoints))), Is.EqualTo(new[] { ("call.started", "bi") }));
        Assert.That(written[2].Select(r => (r.Type, string.Join(",", r.Endpoints))), Is.EqualTo(new[] { ("call.answered", "crm,bi") }));
    }

    [Test]
    public async Task A_callback_attempt_tells_callback_endpoints_when_it_starts_and_when_the_client_is_dialled(CancellationToken cancellationToken)
    {
        var sut = CreateSut(Endpoint("crm", "call.ended"), Endpoint("chat", "callback.*"));

        var written = await FeedAsync(sut, cancellationToken, Arrived(), new CallbackAttemptStarted("cb-1", 2), new CallbackClientDialled("cb-1", "79161234567", "PJSIP/101", "Anna"));

        Assert.That(written[1].Select(r => (r.Type, string.Join(",", r.Endpoints))), Is.EqualTo(new[] { ("callback.attempt_started", "chat") }));
        var dialled = written[2].Single();
        Assert.That((dialled.Type, Payload(dialled).GetProperty("data").GetProperty("callbackId").GetString(), Payload(dialled).GetProperty("data").GetProperty("endpoint").GetString()), Is.EqualTo(("callback.client_dialled", "cb-1", "PJSIP/101")));
    }

    [Test]
    public async Task Without_endpoints_nothing_is_written_and_the_store_is_not_read(CancellationToken cancellationToken)
    {
        var sut = CreateSut();

        var written = await FeedAsync(sut, cancellationToken, Arrived(), Attributed(), (new CallEnded(CallStatus.Missed), Row()));

        Assert.That(written.SelectMany(w => w), Is.Empty);
        history.VerifyNoOtherCalls();
        sessions.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_store_read_that_fails_leaves_its_part_out_and_the_event_still_goes(CancellationToken cancellationToken)
    {
        history.Setup(h => h.GetEarlierAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("database is locked"));
        var sut = CreateSut(Endpoint("crm", "*"));

        var written = await FeedAsync(sut, cancellationToken, Arrived(), Attributed());

        var caller = Payload(written[1].Single()).GetProperty("call").GetProperty("caller");
        Assert.That((caller.GetProperty("earlierCalls").GetInt32(), caller.GetProperty("returning").GetBoolean()), Is.EqualTo((0, false)));
    }

    private WebhookOutbox CreateSut(params WebhookEndpointOptions[] endpoints) => new(
        Options.Create(new WebhookOptions { Endpoints = [.. endpoints] }),
        sessions.Object,
        history.Object,
        touches.Object,
        callTypes.Object,
        new CallTypeClassifier(callTypes.Object, Options.Create(new CallTypeOptions()), NullLogger<CallTypeClassifier>.Instance),
        new WebhookSignal(),
        NullLogger<WebhookOutbox>.Instance);

    /// <summary>Hands the events over one by one as the journal's writer does, each a second after the last, with the call's row.</summary>
    private static async Task<List<IReadOnlyList<WebhookEventRow>>> FeedAsync(WebhookOutbox sut, CancellationToken cancellationToken, params object[] events)
    {
        var written = new List<IReadOnlyList<WebhookEventRow>>();
        for (var i = 0; i < events.Length; i++)
        {
            var (callEvent, row) = events[i] is ValueTuple<CallEnded, CallRow> ended ? ((CallEvent)ended.Item1, ended.Item2) : ((CallEvent)events[i], Row());
            var stamped = callEvent with { CallId = "c1", At = i == 0 ? T0 : T0.AddSeconds(i) };
            written.Add(await sut.CollectAsync(stamped, row, cancellationToken));
        }

        return written;
    }

    private static CallArrived Arrived() => new("chan-1", "74950000011", "79161234567", "Ivan", "sales", false, CallRow.InboundDirection);

    private static CallAttributed Attributed() => new(
        new CallAttributionRow { CallId = "c1", TrackingNumber = "74950000011", Reason = "Exact", Site = "shop", SessionId = "s1", VisitorId = "v1", Source = "yandex", Channel = "paid", Campaign = "sofas", Candidates = 1, AttributedAt = T0 },
        "79161234567");

    private static CallRow Row() => new() { Id = "c1", ChannelId = "chan-1", TrackingNumber = "74950000011", CallerNumber = "79161234567", RouteName = "sales", ArrivedAt = T0, Status = CallRow.InProgressStatus };

    private static TrackingSessionRow Visit() => new()
    {
        Id = "s1",
        Site = "shop",
        VisitorId = "v1",
        StartedAt = T0.AddMinutes(-5),
        LastSeenAt = T0,
        LandingUrl = "https://shop.example/sofas?utm_source=yandex",
        CurrentPage = "https://shop.example/sofas/blue",
        Referrer = "https://yandex.ru/",
        UtmSource = "yandex",
        UtmCampaign = "sofas",
        Keyword = "blue sofa",
        Channel = "paid",
        Source = "yandex",
        Number = "74950000011",
        NumberKind = "Pool",
        Pool = "paid",
    };

    private static WebhookEndpointOptions Endpoint(string name, string events) =>
        new() { Name = name, Url = "https://" + name + ".example/hooks", Secret = "0123456789abcdef-secret", Events = [events] };

    private static JsonElement Payload(WebhookEventRow row) => JsonDocument.Parse(row.PayloadJson).RootElement;
}
