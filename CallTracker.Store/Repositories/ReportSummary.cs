using System.Data.Common;
using Dapper;

namespace CallTracker.Store.Repositories;

/// <summary>
/// Rebuilds the report tables of migration 0009 from the source rows, for changes too wide for the per-row triggers
/// (every call's types, a new time zone), and lets a writer of many rows silence the triggers and refresh each call
/// once (the journal's batches). The caller's transaction holds the write lock throughout, so no other writer sees the
/// triggers silenced.
/// </summary>
internal static class ReportSummary
{
    public const string Silence = "UPDATE report_state SET bulk = 1;";

    private const string RebuildCalls = """
        DELETE FROM report_daily;
        DELETE FROM report_daily_tags;
        DELETE FROM report_calls;
        INSERT INTO report_calls SELECT * FROM report_call_source;
        """;

    // One dimension at a time: a million calls sort quickly, twelve million lines in one sort do not.
    private const string RebuildDaily = """
        INSERT INTO report_daily
        SELECT dimension, day, key, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target),
               SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
        FROM report_call_lines WHERE dimension = @Dimension GROUP BY day, key, status;
        INSERT INTO report_daily_tags
        SELECT dimension, day, key, category, COUNT(*), SUM(value) FROM report_tag_lines WHERE dimension = @Dimension GROUP BY day, key, category;
        """;

    public const string Resume = "UPDATE report_state SET bulk = 0;";

    /// <summary>Brings one call's report row (and so the daily totals) up to date, as the triggers on its source rows do.</summary>
    public const string Refresh = "INSERT INTO report_dirty (call_id) VALUES (@CallId);";

    /// <summary>Silences the triggers (if the caller has not already), rebuilds, and lets the triggers run again.</summary>
    public static async Task RebuildAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(Silence + RebuildCalls, transaction: transaction, cancellationToken: cancellationToken));
        foreach (var dimension in ReportSql.Dimensions())
        {
            await connection.ExecuteAsync(new CommandDefinition(RebuildDaily, new { Dimension = dimension }, transaction, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(Resume, transaction: transaction, cancellationToken: cancellationToken));
    }
}
