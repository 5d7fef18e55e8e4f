using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed class SqliteNumberAssignmentRepository : INumberAssignmentRepository
{
    private readonly SqliteConnectionFactory _connectionFactory;

    public SqliteNumberAssignmentRepository(SqliteConnectionFactory connectionFactory)
    {
        _connectionFactory = connectionFactory;
    }

    // SQLite takes the bare columns of a MAX() aggregate from the row holding the maximum: the latest holder.
    private const string SelectHeld = """
        SELECT a.pool AS Pool, a.number AS Number, s.site AS Site, s.visitor_id AS VisitorId, MAX(a.to_at) AS ToAt
        FROM tracking_number_assignments a JOIN tracking_sessions s ON s.id = a.session_id
        WHERE a.to_at >= @At
        GROUP BY a.pool, a.number
        ORDER BY ToAt, a.number;
        """;

    public async Task<IReadOnlyList<HeldNumberRow>> ListHeldAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<HeldNumberRecord>(
            new CommandDefinition(SelectHeld, new { At = at.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return records.Select(r => new HeldNumberRow
        {
            Pool = r.Pool,
            Number = r.Number,
            Site = r.Site,
            VisitorId = r.VisitorId,
            ToAt = DateTimeOffset.FromUnixTimeMilliseconds(r.ToAt),
        }).ToList();
    }

    private const string SelectCandidates = """
        SELECT DISTINCT s.id AS SessionId, s.site AS Site, s.visitor_id AS VisitorId, s.last_seen_at AS LastSeenAt,
               s.source AS Source, s.channel AS Channel, s.utm_campaign AS Campaign
        FROM tracking_number_assignments a JOIN tracking_sessions s ON s.id = a.session_id
        WHERE a.number = @Number AND a.to_at >= @At AND a.from_at <= @At
        ORDER BY s.last_seen_at DESC, s.id DESC;
        """;

    public async Task<IReadOnlyList<AttributionCandidateRow>> ListCandidatesAsync(string number, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<AttributionCandidateRecord>(new CommandDefinition(
            SelectCandidates, new { Number = number, At = at.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
        return records.Select(r => new AttributionCandidateRow
        {
            SessionId = r.SessionId,
            Site = r.Site,
            VisitorId = r.VisitorId,
            LastSeenAt = DateTimeOffset.FromUnixTimeMilliseconds(r.LastSeenAt),
            Source = r.Source,
            Channel = r.Channel,
            Campaign = r.Campaign,
        }).ToList();
    }

    private const string SelectForSession = """
        SELECT id AS Id, session_id AS SessionId, pool AS Pool, number AS Number, from_at AS FromAt, to_at AS ToAt
        FROM tracking_number_assignments WHERE session_id = @SessionId ORDER BY id;
        """;

    public async Task<IReadOnlyList<NumberAssignmentRow>> ListForSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<NumberAssignmentRecord>(
            new CommandDefinition(SelectForSession, new { SessionId = sessionId }, cancellationToken: cancellationToken));
        return records.Select(r => new NumberAssignmentRow
        {
            Id = r.Id,
            SessionId = r.SessionId,
            Pool = r.Pool,
            Number = r.Number,
            FromAt = DateTimeOffset.FromUnixTimeMilliseconds(r.FromAt),
            ToAt = DateTimeOffset.FromUnixTimeMilliseconds(r.ToAt),
        }).ToList();
    }
}
