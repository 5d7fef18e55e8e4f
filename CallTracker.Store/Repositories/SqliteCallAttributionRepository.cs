using System.Data.Common;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallTracker.Store.Repositories;

internal sealed class SqliteCallAttributionRepository : ICallAttributionRepository
{
    private readonly SqliteConnectionFactory _connectionFactory;

    public SqliteCallAttributionRepository(SqliteConnectionFactory connectionFactory)
    {
        _connectionFactory = connectionFactory;
    }

    private const string Insert = """
        INSERT INTO call_attributions (call_id, tracking_number, reason, site, session_id, visitor_id, source, channel,
                                       campaign, candidates, attributed_at)
        VALUES (@CallId, @TrackingNumber, @Reason, @Site, @SessionId, @VisitorId, @Source, @Channel,
                @Campaign, @Candidates, @AttributedAt);
        """;

    public async Task InsertAsync(CallAttributionRow attribution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        await InsertAsync(connection, null, [attribution], cancellationToken);
    }

    /// <summary>Inserts the attributions through one command, so SQLite prepares the statement and its triggers once.</summary>
    internal static Task InsertAsync(SqliteConnection connection, DbTransaction? transaction, IEnumerable<CallAttributionRow> attributions, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, attributions.Select(ToRecord).ToList(), transaction, cancellationToken: cancellationToken));

    private static CallAttributionRecord ToRecord(CallAttributionRow attribution) => new()
    {
        CallId = attribution.CallId,
        TrackingNumber = attribution.TrackingNumber,
        Reason = attribution.Reason,
        Site = attribution.Site,
        SessionId = attribution.SessionId,
        VisitorId = attribution.VisitorId,
        Source = attribution.Source,
        Channel = attribution.Channel,
        Campaign = attribution.Campaign,
        Candidates = attribution.Candidates,
        AttributedAt = attribution.AttributedAt.ToUnixTimeMilliseconds(),
    };

    private const string SelectByCall = """
        SELECT call_id AS CallId, tracking_number AS TrackingNumber, reason AS Reason, site AS Site, session_id AS SessionId,
               visitor_id AS VisitorId, source AS Source, channel AS Channel, campaign AS Campaign,
               candidates AS Candidates, attributed_at AS AttributedAt
        FROM call_attributions WHERE call_id = @CallId;
        """;

    public async Task<CallAttributionRow?> GetAsync(string callId, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var record = await connection.QuerySingleOrDefaultAsync<CallAttributionRecord>(
            new CommandDefinition(SelectByCall, new { CallId = callId }, cancellationToken: cancellationToken));
        return record is null ? null : new CallAttributionRow
        {
            CallId = record.CallId,
            TrackingNumber = record.TrackingNumber,
            Reason = record.Reason,
            Site = record.Site,
            SessionId = record.SessionId,
            VisitorId = record.VisitorId,
            Source = record.Source,
            Channel = record.Channel,
            Campaign = record.Campaign,
            Candidates = checked((int)record.Candidates),
            AttributedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.AttributedAt),
        };
    }
}
