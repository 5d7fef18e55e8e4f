using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed class SqliteReportSummaryRepository(SqliteConnectionFactory connectionFactory) : IReportSummaryRepository
{
    private const string SelectZone = "SELECT time_zone FROM report_state;";

    private const string SelectOffsets = "SELECT from_at AS Item1, offset_ms AS Item2 FROM report_utc_offsets ORDER BY from_at;";

    private const string ReplaceOffsets = "DELETE FROM report_utc_offsets; UPDATE report_state SET time_zone = @TimeZone;";

    private const string InsertOffset = "INSERT INTO report_utc_offsets (from_at, offset_ms) VALUES (@From, @Offset);";

    public async Task<bool> UseTimeZoneAsync(string timeZone, IReadOnlyList<UtcOffsetChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var wanted = changes.Select(c => (c.From.ToUnixTimeMilliseconds(), (long)c.Offset.TotalMilliseconds)).ToList();
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var zone = await connection.ExecuteScalarAsync<string>(new CommandDefinition(SelectZone, transaction: transaction, cancellationToken: cancellationToken));
        var stored = (await connection.QueryAsync<(long, long)>(new CommandDefinition(SelectOffsets, transaction: transaction, cancellationToken: cancellationToken))).AsList();
        if (zone == timeZone && stored.SequenceEqual(wanted))
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(ReplaceOffsets, new { TimeZone = timeZone }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(InsertOffset, wanted.Select(w => new { From = w.Item1, Offset = w.Item2 }), transaction, cancellationToken: cancellationToken));
        await ReportSummary.RebuildAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ReportSummary.RebuildAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
