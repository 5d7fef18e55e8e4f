using CallTracker.Store.Repositories;
using Dapper;

namespace CallTracker.Tests.Store.Repositories;

/// <summary>
/// The hourly purge and the look-up of a call by channel must search an index: on a database of a year's visits and
/// events, a full scan each hour holds the write lock for seconds while calls and pings wait behind it.
/// </summary>
public sealed class PurgeQueryPlanTests : MigratedDatabaseTests
{
    private static IEnumerable<TestCaseData> Statements()
    {
        yield return new TestCaseData(SqliteRetentionRepository.PickSessions, "ix_tracking_sessions_last_seen_at").SetArgDisplayNames("pick old sessions");
        yield return new TestCaseData(SqliteRetentionRepository.DeletePages, "ix_tracking_session_pages_session_id").SetArgDisplayNames("delete their pages");
        yield return new TestCaseData(SqliteRetentionRepository.DeleteAssignments, "ix_tracking_number_assignments_session").SetArgDisplayNames("delete their assignments");
        yield return new TestCaseData(SqliteRetentionRepository.DeleteSessions, "sqlite_autoindex_tracking_sessions_1").SetArgDisplayNames("delete the sessions");
        yield return new TestCaseData(SqliteRetentionRepository.DeleteCallEvents, "ix_call_events_at").SetArgDisplayNames("delete old call events");
        yield return new TestCaseData(SqliteCallRepository.SelectByChannelId, "ix_calls_channel_id").SetArgDisplayNames("find a call by channel");
    }

    [TestCaseSource(nameof(Statements)), CancelAfter(10_000)]
    public async Task Statement_searches_an_index_and_scans_no_table(string sql, string index, CancellationToken cancellationToken)
    {
        await using var connection = await Database.ConnectionFactory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(SqliteRetentionRepository.CreateBatchTable, cancellationToken: cancellationToken));

        var plan = (await connection.QueryAsync<PlanStep>(new CommandDefinition(
            "EXPLAIN QUERY PLAN " + sql,
            new { Before = 0L, Batch = 100, ChannelId = "ch1" },
            cancellationToken: cancellationToken))).Select(s => s.Detail).ToList();

        Assert.That(plan, Has.None.StartsWith("SCAN"), string.Join(Environment.NewLine, plan));
        Assert.That(plan, Has.Some.Match($"^SEARCH .* INDEX {index} "), string.Join(Environment.NewLine, plan));
    }

    private sealed class PlanStep
    {
        public string Detail { get; init; } = "";
    }
}
