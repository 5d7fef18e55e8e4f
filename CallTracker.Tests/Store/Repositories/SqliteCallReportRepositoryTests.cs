using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using static CallTracker.Tests.Store.Repositories.ReportSeed;

namespace CallTracker.Tests.Store.Repositories;

[CancelAfter(20_000)]
public sealed class SqliteCallReportRepositoryTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset WeekEnd = Monday.AddDays(7);

    [Test]
    public async Task Forty_missed_calls_in_a_week_narrow_filter_by_filter_to_the_three_managers_really_missed(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        for (var i = 0; i < 20; i++)
        {
            await seed.CallAsync(cancellationToken, at: Monday.AddDays(i % 7).AddHours(22), status: i % 2 == 0 ? "OffHours" : "Voicemail", offHours: true);
        }

        for (var i = 0; i < 10; i++)
        {
            await seed.CallAsync(cancellationToken, status: "Missed", direction: "Outbound", waitSeconds: 30);
        }

        for (var i = 0; i < 7; i++)
        {
            await seed.CallAsync(cancellationToken, status: i % 2 == 0 ? "HungUpInGreeting" : "CallerHungUpBeforeAnswer", waitSeconds: 3, rang: "PJSIP/101");
        }

        var reallyMissed = new[]
        {
            await seed.CallAsync(cancellationToken, status: "Missed", waitSeconds: 40, rang: "PJSIP/101"),
            await seed.CallAsync(cancellationToken, status: "CallerHungUpBeforeAnswer", waitSeconds: 25, rang: "PJSIP/101"),
            await seed.CallAsync(cancellationToken, status: "Busy", waitSeconds: 12, rang: "PJSIP/102"),
        };
        for (var i = 0; i < 15; i++)
        {
            await seed.CallAsync(cancellationToken, status: "Answered", talkSeconds: 100);
        }

        await seed.CallAsync(cancellationToken, at: WeekEnd.AddHours(10), status: "Missed", waitSeconds: 40);
        var query = new MissedCallQuery(Monday, WeekEnd);

        var all = await Sut.MissedAsync(query, cancellationToken);
        var filtered = await Sut.MissedAsync(query with { ExcludeOffHours = true, ExcludeOutgoing = true, MinWaitSeconds = 5 }, cancellationToken);
        var byManager = await Sut.MissedAsync(query with { ExcludeOffHours = true, ExcludeOutgoing = true, MinWaitSeconds = 5, Manager = "PJSIP/101" }, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(all.Calls, Has.Count.EqualTo(40));
            Assert.That(filtered.Steps.Select(s => (s.Filter, s.Remaining)), Is.EqualTo(new[]
            {
                ("all missed", 40L), ("exclude off-hours", 20L), ("exclude outgoing", 10L), ("exclude waits under 5 s", 3L),
            }));
            Assert.That(filtered.Calls.Select(c => c.Id), Is.EquivalentTo(reallyMissed));
            Assert.That(byManager.Steps[^1], Is.EqualTo(new MissedCallStep("rang PJSIP/101", 2)));
            Assert.That(byManager.Calls.Select(c => c.Id), Is.EquivalentTo(reallyMissed[..2]));
        });
    }

    [Test]
    public async Task A_connected_callback_counts_as_answered_and_one_that_reached_nobody_as_missed(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        await seed.CallAsync(cancellationToken, status: "CallbackConnected", talkSeconds: 60, direction: CallRow.CallbackDirection, source: "google");
        var unreached = await seed.CallAsync(cancellationToken, status: "CallbackClientNoAnswer", direction: CallRow.CallbackDirection, source: "google");

        var line = (await Sut.GroupAsync(new ReportQuery(Monday, WeekEnd, ReportDimension.Source), cancellationToken)).Single();
        var missed = await Sut.MissedAsync(new MissedCallQuery(Monday, WeekEnd) with { ExcludeOutgoing = true }, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That((line.Calls, line.Answered, line.NotAnswered), Is.EqualTo((2L, 1L, 1L)));
            Assert.That(line.AverageTalkSeconds, Is.EqualTo(60));
            Assert.That(missed.Calls.Select(c => c.Id), Is.EqualTo(new[] { unreached }), "a callback is a client's request, not an outgoing call");
        });
    }

    [Test]
    public async Task Each_filter_switches_on_alone(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        await seed.CallAsync(cancellationToken, status: "Missed", offHours: true);
        await seed.CallAsync(cancellationToken, status: "Missed", direction: "Outbound");
        await seed.CallAsync(cancellationToken, status: "Missed", waitSeconds: 2);
        var query = new MissedCallQuery(Monday, WeekEnd);

        var offHours = await Sut.MissedAsync(query with { ExcludeOffHours = true }, cancellationToken);
        var outgoing = await Sut.MissedAsync(query with { ExcludeOutgoing = true }, cancellationToken);
        var shortWait = await Sut.MissedAsync(query with { MinWaitSeconds = 5 }, cancellationToken);

        Assert.That(new[] { offHours, outgoing, shortWait }.Select(r => (r.Steps.Count, r.Calls.Count)), Is.All.EqualTo((2, 2)));
    }

    [Test]
    public async Task A_report_by_source_counts_statuses_call_types_times_and_tag_values_per_source(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        await seed.CallAsync(cancellationToken, source: "google", caller: "79160000001", talkSeconds: 90, waitSeconds: 10, tags: [("Sale", 1500), ("Lead", 1)]);
        await seed.CallAsync(cancellationToken, source: "google", caller: "79160000001", talkSeconds: 30, waitSeconds: 20, tags: [("Sale", 500)]);
        await seed.CallAsync(cancellationToken, source: "google", caller: "79160000002", status: "Missed", waitSeconds: 30);
        await seed.CallAsync(cancellationToken, source: "yandex", caller: "79160000003", talkSeconds: 120, waitSeconds: 5);
        await seed.CallAsync(cancellationToken, caller: "79160000004", status: "Busy", waitSeconds: 5);

        var rows = await Sut.GroupAsync(new ReportQuery(Monday, WeekEnd, ReportDimension.Source), cancellationToken);

        var google = rows.Single(r => r.Key == "google");
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => (r.Key, r.Calls)), Is.EqualTo(new[] { ("google", 3L), ("(none)", 1L), ("yandex", 1L) }));
            Assert.That((google.Answered, google.NotAnswered, google.Unique, google.Target, google.FirstTarget), Is.EqualTo((2L, 1L, 2L, 1L, 1L)));
            Assert.That(google.Statuses, Is.EqualTo(new Dictionary<string, long> { ["Answered"] = 2, ["Missed"] = 1 }));
            Assert.That(google.TagValues, Is.EqualTo(new Dictionary<string, long> { ["Sale"] = 2000, ["Lead"] = 1 }));
            Assert.That((google.AverageWaitSeconds, google.AverageTalkSeconds, google.TotalTalkSeconds), Is.EqualTo((20.0, 60.0, 120L)));
            Assert.That(rows.Sum(r => r.Calls), Is.EqualTo(5), "every call is in exactly one line");
        });
    }

    [Test]
    public async Task First_touch_credits_a_returning_callers_later_calls_to_the_source_that_first_brought_them(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        await seed.CallAsync(cancellationToken, at: Monday.AddHours(9), source: "google", caller: "79160000001");
        await seed.CallAsync(cancellationToken, at: Monday.AddHours(11), source: "yandex", caller: "79160000001");
        await seed.CallAsync(cancellationToken, at: Monday.AddHours(12), source: "yandex", caller: "79160000002");

        var last = await Sut.GroupAsync(new ReportQuery(Monday, WeekEnd, ReportDimension.Source, ReportTouch.Last), cancellationToken);
        var first = await Sut.GroupAsync(new ReportQuery(Monday, WeekEnd, ReportDimension.Source, ReportTouch.First), cancellationToken);

        Assert.That(last.Select(r => (r.Key, r.Calls)), Is.EqualTo(new[] { ("yandex", 2L), ("google", 1L) }));
        Assert.That(first.Select(r => (r.Key, r.Calls)), Is.EquivalentTo(new[] { ("google", 2L), ("yandex", 1L) }));
    }

    [TestCase(ReportDimension.Channel)]
    [TestCase(ReportDimension.Campaign)]
    [TestCase(ReportDimension.Keyword)]
    [TestCase(ReportDimension.LandingPage)]
    [TestCase(ReportDimension.Manager)]
    [TestCase(ReportDimension.TagCategory)]
    public async Task Every_dimension_accounts_for_every_call(ReportDimension dimension, CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        await seed.CallAsync(cancellationToken, source: "google", campaign: "spring", answeredBy: "PJSIP/101", talkSeconds: 70, tags: [("Sale", 10)]);
        await seed.CallAsync(cancellationToken, source: "yandex", channel: "organic", answeredBy: "PJSIP/102", talkSeconds: 20);
        await seed.CallAsync(cancellationToken, status: "Missed");

        var rows = await Sut.GroupAsync(new ReportQuery(Monday, WeekEnd, dimension), cancellationToken);

        Assert.That(rows.Sum(r => r.Calls), Is.EqualTo(3));
        Assert.That(rows.Sum(r => r.Target), Is.EqualTo(1));
    }

    [Test]
    public async Task The_call_log_filters_by_status_source_call_type_and_caller(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        var target = await seed.CallAsync(cancellationToken, source: "google", caller: "79161234567", talkSeconds: 90);
        await seed.CallAsync(cancellationToken, source: "google", caller: "79169999999", status: "Missed");
        await seed.CallAsync(cancellationToken, source: "yandex", caller: "79165555555", talkSeconds: 90);
        var query = new CallLogQuery(Monday, WeekEnd);

        var bySource = await Sut.ListCallsAsync(query with { Source = "google" }, cancellationToken);
        var byStatus = await Sut.ListCallsAsync(query with { Source = "google", Status = "Answered" }, cancellationToken);
        var byType = await Sut.ListCallsAsync(query with { CallType = "unique-target", Caller = "1234" }, cancellationToken);

        Assert.That(bySource, Has.Count.EqualTo(2));
        Assert.That(byStatus.Single().Id, Is.EqualTo(target));
        Assert.That(byType.Single().Id, Is.EqualTo(target));
        Assert.That(byType.Single().Target, Is.True);
        Assert.ThrowsAsync<ArgumentException>(() => Sut.ListCallsAsync(query with { CallType = "golden" }, cancellationToken));
    }

    private SqliteCallReportRepository Sut => new(Database.ConnectionFactory);
}
