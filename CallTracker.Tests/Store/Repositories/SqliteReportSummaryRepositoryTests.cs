using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using static CallTracker.Tests.Store.Repositories.ReportSeed;

namespace CallTracker.Tests.Store.Repositories;

/// <summary>
/// The report tables the triggers keep (migration 0009) against a recount from the source rows: after each kind of
/// write, what the triggers left must equal what a rebuild writes.
/// </summary>
[CancelAfter(20_000)]
public sealed class SqliteReportSummaryRepositoryTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset WeekEnd = Monday.AddDays(7);

    [Test]
    public async Task Calls_that_end_are_attributed_rang_and_tagged_leave_the_daily_totals_a_recount_would_write(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        await seed.CallAsync(cancellationToken, source: "google", caller: "79160000001", answeredBy: "PJSIP/101", talkSeconds: 90, tags: [("Sale", 1500), ("Lead", 1), ("Sale", 20)]);
        await seed.CallAsync(cancellationToken, source: "yandex", campaign: "spring", caller: "79160000001", status: "Missed", rang: "PJSIP/102");
        await seed.CallAsync(cancellationToken, at: Monday.AddDays(2).AddHours(23), caller: "79160000002", status: "Busy", offHours: true);
        var ongoing = await StartCallAsync("live-1", Monday.AddDays(3), cancellationToken);
        await new SqliteCallRepository(Database.ConnectionFactory).UpdateAsync(
            ongoing with { Status = "Answered", AnsweredBy = "PJSIP/103", WaitSeconds = 4, TalkSeconds = 200, AnsweredAt = ongoing.ArrivedAt.AddSeconds(4) }, cancellationToken);

        var kept = await SnapshotAsync(cancellationToken);
        await Sut.RebuildAsync(cancellationToken);

        Assert.That(kept, Is.EqualTo(await SnapshotAsync(cancellationToken)));
        Assert.That(kept.Daily, Has.Some.StartsWith("manager|20153|PJSIP/103|Answered|1|"), "the call that ended counts as answered, no longer in progress");
        Assert.That(kept.Daily, Has.None.Contains("|InProgress|"));
        Assert.That(kept.Tags, Has.Member("tag-category|20150|Sale|Sale|2|1520"));
        Assert.That(kept.Tags, Has.Member("tag-category|20150|Sale|Lead|1|1"));
    }

    [Test]
    public async Task Calls_the_journal_stores_in_batches_leave_the_daily_totals_a_recount_would_write(CancellationToken cancellationToken)
    {
        var journal = new SqliteCallJournalStore(Database.ConnectionFactory);
        var arrived = Monday.AddHours(10);
        CallJournalEntry Arrival(string id, string caller, string? source) => new()
        {
            Event = new CallEventRow { CallId = id, At = arrived, Kind = "Arrived" },
            StartedCall = new CallRow { Id = id, ChannelId = id, TrackingNumber = "74950000001", CallerNumber = caller, RouteName = "sales", ArrivedAt = arrived, Status = CallRow.InProgressStatus },
            Attribution = source is null ? null : new CallAttributionRow { CallId = id, TrackingNumber = "74950000001", Reason = "Static", Source = source, Channel = "cpc", AttributedAt = arrived },
            Touch = source is null ? null : new CallerTouchUpdate(caller, new CallerTouch { CallId = id, At = arrived, Source = source, Channel = "cpc" }),
        };
        CallJournalEntry Ending(CallJournalEntry arrival, string status, int talk) => new()
        {
            Event = new CallEventRow { CallId = arrival.StartedCall!.Id, At = arrived.AddMinutes(2), Kind = "Ended" },
            FinishedCall = arrival.StartedCall with { Status = status, WaitSeconds = 5, TalkSeconds = talk, EndedAt = arrived.AddMinutes(2) },
        };
        var first = Arrival("j1", "79160000001", "google");
        var again = Arrival("j2", "79160000001", "yandex");
        var other = Arrival("j3", "79160000002", null);

        // A caller's first and second calls in one batch, ending in the next, beside a later call of theirs.
        await journal.WriteAsync([first, again, other], cancellationToken);
        var ringing = await SnapshotAsync(cancellationToken);
        await Sut.RebuildAsync(cancellationToken);
        Assert.That(ringing, Is.EqualTo(await SnapshotAsync(cancellationToken)), "calls still in progress are counted as a recount would");
        var later = Arrival("j4", "79160000001", "direct");
        await journal.WriteAsync([Ending(first, "Answered", 90), Ending(again, "Missed", 0), later, Ending(other, "Busy", 0)], cancellationToken);

        var kept = await SnapshotAsync(cancellationToken);
        await Sut.RebuildAsync(cancellationToken);

        Assert.That(kept, Is.EqualTo(await SnapshotAsync(cancellationToken)));
        Assert.That(kept.Daily, Has.Some.StartsWith("source|20150|google|Answered|1|"));
    }

    [Test]
    public async Task A_recompute_of_every_call_type_leaves_the_daily_totals_a_recount_would_write(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        await seed.CallAsync(cancellationToken, source: "google", caller: "79160000001", talkSeconds: 90);
        await seed.CallAsync(cancellationToken, source: "google", caller: "79160000002", talkSeconds: 70);
        var types = new SqliteCallTypeRepository(Database.ConnectionFactory);

        await types.ReclassifyAllAsync([new CallTypeRule(null, 80, 30)], cancellationToken);

        var kept = await SnapshotAsync(cancellationToken);
        var line = (await Reports.GroupAsync(new ReportQuery(Monday, WeekEnd, ReportDimension.Source), cancellationToken)).Single();
        await Sut.RebuildAsync(cancellationToken);
        Assert.That(kept, Is.EqualTo(await SnapshotAsync(cancellationToken)));
        Assert.That((line.Calls, line.Target), Is.EqualTo((2L, 1L)), "only the 90-second call reaches an 80-second target");

        await types.ClassifyAsync("call-0002", [new CallTypeRule(null, 60, 30)], cancellationToken);
        line = (await Reports.GroupAsync(new ReportQuery(Monday, WeekEnd, ReportDimension.Source), cancellationToken)).Single();
        Assert.That(line.Target, Is.EqualTo(2), "one call classified again moves its own line");
    }

    [Test]
    public async Task A_callers_first_touch_arriving_later_moves_their_earlier_call_in_first_touch_reports(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        await seed.CallAsync(cancellationToken, at: Monday.AddHours(9), caller: "79160000001");
        await seed.CallAsync(cancellationToken, at: Monday.AddHours(11), source: "google", caller: "79160000001");

        var first = await Reports.GroupAsync(new ReportQuery(Monday, WeekEnd, ReportDimension.Source, ReportTouch.First), cancellationToken);
        var kept = await SnapshotAsync(cancellationToken);
        await Sut.RebuildAsync(cancellationToken);

        Assert.That(first.Select(r => (r.Key, r.Calls)), Is.EqualTo(new[] { ("google", 2L) }));
        Assert.That(kept, Is.EqualTo(await SnapshotAsync(cancellationToken)));
    }

    [Test]
    public async Task Purging_old_call_events_keeps_the_managers_a_call_rang_and_the_daily_totals(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        var missed = await seed.CallAsync(cancellationToken, status: "Missed", waitSeconds: 30, rang: "PJSIP/101");
        var before = await SnapshotAsync(cancellationToken);

        var purged = await new SqliteRetentionRepository(Database.ConnectionFactory).PurgeCallEventsAsync(WeekEnd.AddYears(2), 100, cancellationToken);
        var report = await Reports.MissedAsync(new MissedCallQuery(Monday, WeekEnd) { Manager = "PJSIP/101" }, cancellationToken);
        var kept = await SnapshotAsync(cancellationToken);
        await Sut.RebuildAsync(cancellationToken);

        Assert.That(purged, Is.EqualTo(1));
        Assert.That(report.Calls.Select(c => c.Id), Is.EqualTo(new[] { missed }));
        Assert.That(kept, Is.EqualTo(before));
        Assert.That(await SnapshotAsync(cancellationToken), Is.EqualTo(before), "a rebuild after the purge still knows whom the call rang");
    }

    [Test]
    public async Task A_range_that_starts_and_ends_mid_day_counts_exactly_the_calls_inside_it(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        foreach (var hours in new[] { 9, 11, 30, 60, 81, 83 })
        {
            await seed.CallAsync(cancellationToken, at: Monday.AddHours(hours), source: "google", tags: [("Sale", hours)]);
        }

        var rows = await Reports.GroupAsync(new ReportQuery(Monday.AddHours(10), Monday.AddHours(82), ReportDimension.Source), cancellationToken);
        var short_ = await Reports.GroupAsync(new ReportQuery(Monday.AddHours(10), Monday.AddHours(12), ReportDimension.TagCategory), cancellationToken);

        Assert.That(rows.Single().Calls, Is.EqualTo(4), "30:00 and 60:00 from the whole days, 11:00 and 81:00 from the part-days at the ends");
        Assert.That(rows.Single().TagValues["Sale"], Is.EqualTo(11 + 30 + 60 + 81));
        Assert.That(short_.Single().Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task A_new_time_zone_puts_every_call_in_its_local_day_and_a_second_start_changes_nothing(CancellationToken cancellationToken)
    {
        var seed = new ReportSeed(Database.ConnectionFactory);
        await seed.CallAsync(cancellationToken, at: Monday.AddHours(22), source: "google");
        var moscow = new[] { new UtcOffsetChange(DateTimeOffset.UnixEpoch, TimeSpan.FromHours(3)) };
        var tuesday = (From: Monday.AddHours(21), To: Monday.AddHours(45));

        var changed = await Sut.UseTimeZoneAsync("Europe/Moscow", moscow, cancellationToken);
        var again = await Sut.UseTimeZoneAsync("Europe/Moscow", moscow, cancellationToken);
        var kept = await SnapshotAsync(cancellationToken);
        var inTuesday = await Reports.GroupAsync(new ReportQuery(tuesday.From, tuesday.To, ReportDimension.Source), cancellationToken);
        var inMonday = await Reports.GroupAsync(new ReportQuery(tuesday.From.AddDays(-1), tuesday.From, ReportDimension.Source), cancellationToken);

        Assert.That((changed, again), Is.EqualTo((true, false)));
        Assert.That(kept.Daily, Has.Some.StartsWith("source|20151|google|Answered|1|"), "22:00 UTC Monday is 01:00 Tuesday 4 March in Moscow, day 20151");
        Assert.That(inTuesday.Single().Calls, Is.EqualTo(1));
        Assert.That(inMonday, Is.Empty);
    }

    private async Task<CallRow> StartCallAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = new CallRow { Id = id, ChannelId = id, TrackingNumber = "74950000001", CallerNumber = "79160000009", RouteName = "sales", ArrivedAt = at, Status = CallRow.InProgressStatus };
        await new SqliteCallRepository(Database.ConnectionFactory).InsertAsync(row, cancellationToken);
        return row;
    }

    /// <summary>The report tables' rows that count (moved-out rows stay behind as zeros), and whether every call's row matches its sources.</summary>
    private async Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var daily = await Database.QueryAsync<string>("""
            SELECT dimension || '|' || day || '|' || key || '|' || status || '|' || calls || '|' || unique_calls || '|' || target || '|' || repeat_calls
                   || '|' || first_target || '|' || unique_target || '|' || wait_seconds || '|' || talk_seconds
            FROM report_daily WHERE calls <> 0 ORDER BY 1;
            """, cancellationToken);
        var tags = await Database.QueryAsync<string>(
            "SELECT dimension || '|' || day || '|' || key || '|' || category || '|' || tags || '|' || value FROM report_daily_tags WHERE tags <> 0 ORDER BY 1;", cancellationToken);
        var stale = await Database.QueryAsync<long>("SELECT COUNT(*) FROM (SELECT * FROM report_calls EXCEPT SELECT * FROM report_call_source);", cancellationToken);
        Assert.That(stale.Single(), Is.Zero, "every report row equals what its call's source rows say");
        return new Snapshot(daily, tags);
    }

    private sealed record Snapshot(List<string> Daily, List<string> Tags)
    {
        public bool Equals(Snapshot? other) => other is not null && Daily.SequenceEqual(other.Daily) && Tags.SequenceEqual(other.Tags);

        public override int GetHashCode() => Daily.Count;

        public override string ToString() => string.Join("\n", Daily.Concat(Tags));
    }

    private SqliteReportSummaryRepository Sut => new(Database.ConnectionFactory);

    private SqliteCallReportRepository Reports => new(Database.ConnectionFactory);
}
