using System.Net;
using CallTracker.Pbx.Webhooks;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Webhooks;

/// <summary>The delivery worker on a fake clock, a real SQLite outbox and a stubbed receiver: retry timing without waiting for it.</summary>
[CancelAfter(20_000)]
public sealed class WebhookDeliveryWorkerTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider time = null!;
    private StubReceiverHandler receiver = null!;
    private SqliteWebhookOutboxRepository outbox = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        time = new FakeTimeProvider(T0);
        receiver = new StubReceiverHandler(time);
        outbox = new SqliteWebhookOutboxRepository(Database.ConnectionFactory);
        var calls = new SqliteCallRepository(Database.ConnectionFactory);
        foreach (var id in new[] { "c1", "c2" })
        {
            await calls.InsertAsync(new CallRow { Id = id, ChannelId = "ch-" + id, TrackingNumber = "74950000001", CallerNumber = "79161234567", RouteName = "sales", ArrivedAt = T0, Status = CallRow.InProgressStatus }, CancellationToken.None);
        }
    }

    [TearDown]
    public void DisposeReceiver() => receiver.Dispose();

    [Test]
    public async Task A_refused_post_is_tried_again_after_a_delay_that_doubles_up_to_the_cap(CancellationToken cancellationToken)
    {
        var refusals = 4;
        receiver.Answer = (_, _) => Task.FromResult(Interlocked.Decrement(ref refusals) >= 0 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
        await AddAsync("a1", "c1");
        using var sut = CreateSut(new WebhookRetryOptions { BaseDelayMs = 1_000, MaxDelayMs = 3_000, MaxAttempts = 100, MaxAgeHours = 1 });
        await sut.StartAsync(cancellationToken);

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var retry = await AfterAttemptAsync(attempt, cancellationToken);
            waits.Add(retry.NextAttemptAt!.Value - retry.LastAttemptAt!.Value);
            time.SetUtcNow(retry.NextAttemptAt.Value);
        }

        await Eventually.ThatAsync(async () => (await outbox.GetAsync(1, cancellationToken))!.State == WebhookDeliveryStates.Delivered, "the fifth post is taken", cancellationToken);
        await sut.StopAsync(cancellationToken);

        var delivered = await outbox.GetAsync(1, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(waits[0], Is.InRange(TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(1_000)));
            Assert.That(waits[1], Is.InRange(TimeSpan.FromMilliseconds(1_000), TimeSpan.FromMilliseconds(2_000)));
            Assert.That(waits[2], Is.InRange(TimeSpan.FromMilliseconds(1_500), TimeSpan.FromMilliseconds(3_000)), "capped at 3 s, not 4 s");
            Assert.That(waits[3], Is.InRange(TimeSpan.FromMilliseconds(1_500), TimeSpan.FromMilliseconds(3_000)));
            Assert.That(receiver.Posts.Select(p => p.At).Skip(1), Is.EqualTo(receiver.Posts.Select(p => p.At).Take(4).Zip(waits, (at, wait) => at + wait)), "each retry at its time, not before");
            Assert.That((delivered!.Attempts, delivered.LastStatus, delivered.LastError), Is.EqualTo((5, (int?)200, (string?)null)));
        });
    }

    [Test]
    public async Task A_delivery_given_up_after_max_attempts_lets_the_calls_next_event_go(CancellationToken cancellationToken)
    {
        receiver.Answer = (eventId, _) => Task.FromResult(eventId == "a1" ? HttpStatusCode.InternalServerError : HttpStatusCode.OK);
        await AddAsync("a1", "c1");
        await AddAsync("a2", "c1");
        using var sut = CreateSut(new WebhookRetryOptions { BaseDelayMs = 1_000, MaxDelayMs = 1_000, MaxAttempts = 2, MaxAgeHours = 1 });
        await sut.StartAsync(cancellationToken);

        var first = await AfterAttemptAsync(1, cancellationToken);
        time.SetUtcNow(first.NextAttemptAt!.Value);
        await Eventually.ThatAsync(() => receiver.Posts.Count == 3, "a1 twice, then a2", cancellationToken);
        await Eventually.ThatAsync(async () => (await outbox.GetAsync(2, cancellationToken))!.State == WebhookDeliveryStates.Delivered, "a2 is taken", cancellationToken);
        await sut.StopAsync(cancellationToken);

        var givenUp = await outbox.GetAsync(1, cancellationToken);
        Assert.That(receiver.Posts.Select(p => p.EventId), Is.EqualTo(new[] { "a1", "a1", "a2" }));
        Assert.That((givenUp!.State, givenUp.Attempts, givenUp.LastError), Is.EqualTo((WebhookDeliveryStates.Failed, 2, (string?)"HTTP 500 Internal Server Error")));
    }

    [Test]
    public async Task A_call_waits_behind_its_own_slow_post_while_another_calls_events_go(CancellationToken cancellationToken)
    {
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.Answer = async (eventId, ct) =>
        {
            if (eventId == "a1")
            {
                await slow.Task.WaitAsync(ct);
            }

            return HttpStatusCode.OK;
        };
        await AddAsync("a1", "c1");
        await AddAsync("a2", "c1");
        await AddAsync("b1", "c2");
        using var sut = CreateSut(new WebhookRetryOptions());
        await sut.StartAsync(cancellationToken);

        await Eventually.ThatAsync(async () => (await outbox.GetAsync(3, cancellationToken))!.State == WebhookDeliveryStates.Delivered, "b1 is taken while a1 hangs", cancellationToken);
        var whileSlow = receiver.Posts.Select(p => p.EventId).ToList();
        slow.SetResult();
        await Eventually.ThatAsync(async () => (await outbox.GetAsync(2, cancellationToken))!.State == WebhookDeliveryStates.Delivered, "a2 follows a1", cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.That(whileSlow, Is.EquivalentTo(new[] { "a1", "b1" }), "a2 is not posted while a1 is in flight");
        Assert.That(receiver.Posts.Select(p => p.EventId).Where(id => id.StartsWith('a')), Is.EqualTo(new[] { "a1", "a2" }));
    }

    [Test]
    public async Task A_post_without_an_answer_within_the_timeout_counts_as_failed(CancellationToken cancellationToken)
    {
        receiver.Answer = async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return HttpStatusCode.OK;
        };
        await AddAsync("a1", "c1");
        using var sut = CreateSut(new WebhookRetryOptions(), timeoutSeconds: 5);
        await sut.StartAsync(cancellationToken);

        await Eventually.ThatAsync(() => receiver.Posts.Count == 1, "the post is sent", cancellationToken);
        time.Advance(TimeSpan.FromSeconds(5));
        var failed = await AfterAttemptAsync(1, cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.That((failed.State, failed.LastStatus, failed.LastError), Is.EqualTo((WebhookDeliveryStates.Pending, (int?)null, (string?)"no answer within 5 s")));
    }

    [Test]
    public async Task A_post_cut_short_by_shutdown_is_no_attempt_and_the_next_run_sends_it_at_once(CancellationToken cancellationToken)
    {
        receiver.Answer = async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return HttpStatusCode.OK;
        };
        await AddAsync("a1", "c1");
        using (var first = CreateSut(new WebhookRetryOptions()))
        {
            await first.StartAsync(cancellationToken);
            await Eventually.ThatAsync(() => receiver.Posts.Count == 1, "the post is sent", cancellationToken);
            await first.StopAsync(cancellationToken);
        }

        receiver.Answer = (_, _) => Task.FromResult(HttpStatusCode.OK);
        using var second = CreateSut(new WebhookRetryOptions());
        await second.StartAsync(cancellationToken);
        await Eventually.ThatAsync(async () => (await outbox.GetAsync(1, cancellationToken))!.State == WebhookDeliveryStates.Delivered, "the next run delivers it", cancellationToken);
        await second.StopAsync(cancellationToken);

        Assert.That((await outbox.GetAsync(1, cancellationToken))!.Attempts, Is.EqualTo(1), "only the post that was answered counts");
        Assert.That(receiver.Posts.Select(p => p.At), Is.All.EqualTo(T0), "no wait for a lease to run out");
    }

    [Test]
    public async Task A_delivery_for_an_endpoint_no_longer_configured_is_given_up_without_a_post(CancellationToken cancellationToken)
    {
        await AddAsync("a1", "c1", endpoint: "old-crm");
        using var sut = CreateSut(new WebhookRetryOptions());
        await sut.StartAsync(cancellationToken);

        await Eventually.ThatAsync(async () => (await outbox.GetAsync(1, cancellationToken))!.State == WebhookDeliveryStates.Failed, "it is given up", cancellationToken);
        await sut.StopAsync(cancellationToken);

        var givenUp = await outbox.GetAsync(1, cancellationToken);
        Assert.That((givenUp!.Attempts, givenUp.LastError), Is.EqualTo((0, (string?)"the endpoint is no longer in Webhooks:Endpoints")));
        Assert.That(receiver.Posts, Is.Empty);
    }

    private WebhookDeliveryWorker CreateSut(WebhookRetryOptions retry, int timeoutSeconds = 10)
    {
        var options = new WebhookOptions
        {
            Endpoints = [new WebhookEndpointOptions { Name = "crm", Url = "http://crm.example/hooks", Secret = "0123456789abcdef-secret", Events = ["*"], TimeoutSeconds = timeoutSeconds }],
            Retry = retry,
        };
        return new WebhookDeliveryWorker(outbox, new WebhookSender(new HttpClient(receiver), time), new WebhookSignal(), Options.Create(options), time, NullLogger<WebhookDeliveryWorker>.Instance);
    }

    private Task AddAsync(string eventId, string callId, string endpoint = "crm") =>
        new SqliteCallJournalStore(Database.ConnectionFactory).WriteAsync(
            [new CallJournalEntry
            {
                Event = new CallEventRow { CallId = callId, At = T0, Kind = "Moment" },
                Webhooks = [new WebhookEventRow { Id = eventId, CallId = callId, Type = "call.started", OccurredAt = T0, PayloadJson = "{}", Endpoints = [endpoint] }],
            }],
            CancellationToken.None);

    /// <summary>The first delivery once its <paramref name="attempts"/>th post is recorded.</summary>
    private async Task<WebhookDeliveryRow> AfterAttemptAsync(int attempts, CancellationToken cancellationToken)
    {
        WebhookDeliveryRow? row = null;
        await Eventually.ThatAsync(
            async () => (row = await outbox.GetAsync(1, cancellationToken))!.Attempts >= attempts,
            $"post {attempts} is recorded",
            cancellationToken);
        return row!;
    }
}
