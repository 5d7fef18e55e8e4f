using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Data.Sqlite;

namespace CallTracker.Tests.Store.Repositories;

[CancelAfter(10_000)]
public sealed class SqliteWebhookOutboxRepositoryTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    [SetUp]
    public async Task AddCallsAsync()
    {
        var calls = new SqliteCallRepository(Database.ConnectionFactory);
        foreach (var id in new[] { "c1", "c2" })
        {
            await calls.InsertAsync(new CallRow { Id = id, ChannelId = "ch-" + id, TrackingNumber = "74950000001", CallerNumber = "79161234567", RouteName = "sales", ArrivedAt = T0, Status = CallRow.InProgressStatus }, CancellationToken.None);
        }
    }

    [Test]
    public async Task A_call_event_and_its_webhooks_are_stored_together_or_not_at_all(CancellationToken cancellationToken)
    {
        var journal = new SqliteCallJournalStore(Database.ConnectionFactory);

        await journal.WriteAsync([Moment(Event("c1", "Attributed"), Webhook("e1", "c1", "crm", "bi"))], cancellationToken);
        Assert.ThrowsAsync<SqliteException>(() => journal.WriteAsync([Moment(Event("ghost", "Attributed"), Webhook("e2", "ghost", "crm"))], cancellationToken), "no call 'ghost': its event is refused");
        var deliveries = await CreateSut().ListAsync(new WebhookDeliveryQuery(), cancellationToken);

        Assert.That(deliveries.Select(d => (d.EventId, d.Endpoint, d.State)), Is.EquivalentTo(new[] { ("e1", "crm", "Pending"), ("e1", "bi", "Pending") }));
        Assert.That(await Database.QueryAsync<long>("SELECT COUNT(*) FROM webhook_events WHERE id = 'e2'", cancellationToken), Is.EqualTo(new[] { 0L }), "the webhook went with its refused event");
    }

    [Test]
    public async Task Only_the_earliest_pending_delivery_of_a_call_to_an_endpoint_is_leased(CancellationToken cancellationToken)
    {
        await AddAsync(Webhook("a1", "c1", "crm"), Webhook("a2", "c1", "crm"), Webhook("b1", "c2", "crm"));
        var sut = CreateSut();

        var leased = await sut.LeaseDueAsync("crm", T0.AddSeconds(1), T0.AddMinutes(1), 10, cancellationToken);

        Assert.That(leased.Select(d => d.EventId), Is.EquivalentTo(new[] { "a1", "b1" }));
        Assert.That(leased.Select(d => d.PayloadJson), Is.All.Not.Null);
    }

    [Test]
    public async Task A_leased_delivery_is_not_leased_again_until_its_outcome_is_stored_and_then_the_next_of_its_call_is(CancellationToken cancellationToken)
    {
        await AddAsync(Webhook("a1", "c1", "crm"), Webhook("a2", "c1", "crm"));
        var sut = CreateSut();
        var first = (await sut.LeaseDueAsync("crm", T0, T0.AddMinutes(1), 10, cancellationToken)).Single();

        var whileInFlight = await sut.LeaseDueAsync("crm", T0.AddSeconds(1), T0.AddMinutes(1), 10, cancellationToken);
        await sut.RecordAttemptAsync(new WebhookAttempt { DeliveryId = first.Id, At = T0.AddSeconds(2), State = WebhookDeliveryStates.Delivered, Status = 200 }, cancellationToken);
        var after = await sut.LeaseDueAsync("crm", T0.AddSeconds(3), T0.AddMinutes(1), 10, cancellationToken);

        Assert.That(whileInFlight, Is.Empty);
        Assert.That(after.Select(d => d.EventId), Is.EqualTo(new[] { "a2" }));
    }

    [Test]
    public async Task A_failed_attempt_waits_for_its_next_time_and_a_given_up_delivery_lets_the_next_event_go(CancellationToken cancellationToken)
    {
        await AddAsync(Webhook("a1", "c1", "crm"), Webhook("a2", "c1", "crm"));
        var sut = CreateSut();
        var first = (await sut.LeaseDueAsync("crm", T0, T0.AddMinutes(1), 10, cancellationToken)).Single();
        await sut.RecordAttemptAsync(new WebhookAttempt { DeliveryId = first.Id, At = T0, State = WebhookDeliveryStates.Pending, Status = 503, Error = "HTTP 503", NextAttemptAt = T0.AddSeconds(10) }, cancellationToken);

        var nextDue = await sut.NextDueAtAsync(["crm"], cancellationToken);
        var early = await sut.LeaseDueAsync("crm", T0.AddSeconds(9), T0.AddMinutes(1), 10, cancellationToken);
        var retried = (await sut.LeaseDueAsync("crm", T0.AddSeconds(10), T0.AddMinutes(1), 10, cancellationToken)).Single();
        await sut.RecordAttemptAsync(new WebhookAttempt { DeliveryId = retried.Id, At = T0.AddSeconds(11), State = WebhookDeliveryStates.Failed, Status = 503, Error = "HTTP 503" }, cancellationToken);
        var next = await sut.LeaseDueAsync("crm", T0.AddSeconds(12), T0.AddMinutes(1), 10, cancellationToken);
        var given = await sut.GetAsync(first.Id, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(nextDue, Is.EqualTo(T0.AddSeconds(10)));
            Assert.That(early, Is.Empty, "nothing is due before the retry time: the call's second event waits behind the first");
            Assert.That(retried.Attempts, Is.EqualTo(1));
            Assert.That(next.Select(d => d.EventId), Is.EqualTo(new[] { "a2" }));
            Assert.That((given!.State, given.Attempts, given.LastStatus, given.LastError, given.FinishedAt), Is.EqualTo((WebhookDeliveryStates.Failed, 2, (int?)503, "HTTP 503", (DateTimeOffset?)T0.AddSeconds(11))));
        });
    }

    [Test]
    public async Task Deliveries_are_leased_per_endpoint_and_those_of_a_removed_endpoint_can_be_given_up(CancellationToken cancellationToken)
    {
        await AddAsync(Webhook("a1", "c1", "crm", "old"));
        var sut = CreateSut();

        var forCrm = await sut.LeaseDueAsync("crm", T0, T0.AddMinutes(1), 10, cancellationToken);
        var givenUp = await sut.GiveUpOtherEndpointsAsync(["crm"], T0, "the endpoint is no longer in Webhooks:Endpoints", cancellationToken);
        var old = (await sut.ListAsync(new WebhookDeliveryQuery { Endpoint = "old" }, cancellationToken)).Single();

        Assert.That(forCrm.Select(d => d.Endpoint), Is.EqualTo(new[] { "crm" }));
        Assert.That(givenUp, Is.EqualTo(1));
        Assert.That((old.State, old.Attempts, old.LastError), Is.EqualTo((WebhookDeliveryStates.Failed, 0, (string?)"the endpoint is no longer in Webhooks:Endpoints")));
        Assert.That(await sut.NextDueAtAsync(["crm", "old"], cancellationToken), Is.EqualTo(T0.AddMinutes(1)), "only crm's leased delivery is left pending");
    }

    [Test]
    public async Task With_no_endpoint_left_every_pending_delivery_is_given_up(CancellationToken cancellationToken)
    {
        await AddAsync(Webhook("a1", "c1", "crm"), Webhook("b1", "c2", "bi"));

        var givenUp = await CreateSut().GiveUpOtherEndpointsAsync([], T0, "gone", cancellationToken);

        Assert.That(givenUp, Is.EqualTo(2));
        Assert.That(await CreateSut().GetBacklogAsync(cancellationToken), Is.EqualTo(new WebhookBacklog(0, null, 2)));
    }

    [Test]
    public async Task Leases_left_by_a_stopped_process_are_released_at_start_up(CancellationToken cancellationToken)
    {
        await AddAsync(Webhook("a1", "c1", "crm"));
        var sut = CreateSut();
        await sut.LeaseDueAsync("crm", T0, T0.AddMinutes(10), 10, cancellationToken);

        var released = await sut.ReleaseAllAsync(cancellationToken);
        var again = await sut.LeaseDueAsync("crm", T0.AddSeconds(1), T0.AddMinutes(10), 10, cancellationToken);

        Assert.That(released, Is.EqualTo(1));
        Assert.That(again.Select(d => d.EventId), Is.EqualTo(new[] { "a1" }));
    }

    [Test]
    public async Task Backlog_and_counts_per_endpoint_tell_pending_delivered_and_failed(CancellationToken cancellationToken)
    {
        await AddAsync(Webhook("a1", "c1", "crm", "bi"), Webhook("b1", "c2", "crm"));
        var sut = CreateSut();
        var leased = (await sut.LeaseDueAsync("crm", T0, T0.AddMinutes(1), 10, cancellationToken)).Concat(await sut.LeaseDueAsync("bi", T0, T0.AddMinutes(1), 10, cancellationToken)).ToList();
        await sut.RecordAttemptAsync(new WebhookAttempt { DeliveryId = leased.Single(d => d.EventId == "a1" && d.Endpoint == "crm").Id, At = T0.AddSeconds(1), State = WebhookDeliveryStates.Delivered, Status = 204 }, cancellationToken);
        await sut.RecordAttemptAsync(new WebhookAttempt { DeliveryId = leased.Single(d => d.Endpoint == "bi").Id, At = T0.AddSeconds(1), State = WebhookDeliveryStates.Failed, Error = "gone" }, cancellationToken);

        var backlog = await sut.GetBacklogAsync(cancellationToken);
        var counts = await sut.CountByEndpointAsync(cancellationToken);

        Assert.That(backlog, Is.EqualTo(new WebhookBacklog(1, T0, 1)));
        Assert.That(counts.Select(c => (c.Endpoint, c.Pending, c.Delivered, c.Failed)), Is.EqualTo(new[] { ("bi", 0L, 0L, 1L), ("crm", 1L, 1L, 0L) }));
        Assert.That(counts.Single(c => c.Endpoint == "crm").LastDeliveredAt, Is.EqualTo(T0.AddSeconds(1)));
    }

    [Test]
    public async Task Purge_removes_finished_deliveries_and_their_events_and_keeps_what_is_pending(CancellationToken cancellationToken)
    {
        await AddAsync(Webhook("a1", "c1", "crm"), Webhook("b1", "c2", "crm"));
        var sut = CreateSut();
        var delivered = (await sut.LeaseDueAsync("crm", T0, T0.AddMinutes(1), 10, cancellationToken)).Single(d => d.EventId == "a1");
        await sut.RecordAttemptAsync(new WebhookAttempt { DeliveryId = delivered.Id, At = T0, State = WebhookDeliveryStates.Delivered, Status = 200 }, cancellationToken);

        var purged = await sut.PurgeAsync(T0.AddDays(1), 100, cancellationToken);

        Assert.That(purged, Is.EqualTo(1));
        Assert.That((await sut.ListAsync(new WebhookDeliveryQuery(), cancellationToken)).Select(d => d.EventId), Is.EqualTo(new[] { "b1" }));
        Assert.That(await Database.QueryAsync<string>("SELECT id FROM webhook_events", cancellationToken), Is.EqualTo(new[] { "b1" }));
    }

    private SqliteWebhookOutboxRepository CreateSut() => new(Database.ConnectionFactory);

    private Task AddAsync(params WebhookEventRow[] webhooks) =>
        new SqliteCallJournalStore(Database.ConnectionFactory).WriteAsync(
            webhooks.Select(w => Moment(Event(w.CallId, "Moment"), w)).ToList(),
            CancellationToken.None);

    private static CallJournalEntry Moment(CallEventRow callEvent, WebhookEventRow webhook) => new() { Event = callEvent, Webhooks = [webhook] };

    private static CallEventRow Event(string callId, string kind) => new() { CallId = callId, At = T0, Kind = kind };

    private static WebhookEventRow Webhook(string id, string callId, params string[] endpoints) => new()
    {
        Id = id,
        CallId = callId,
        Type = "call.started",
        OccurredAt = T0,
        PayloadJson = $$"""{"id":"{{id}}"}""",
        Endpoints = endpoints,
    };
}
