using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed partial class SqliteTrackingSessionRepository : ITrackingSessionRepository
{
    private readonly SqliteConnectionFactory _connectionFactory;

    public SqliteTrackingSessionRepository(SqliteConnectionFactory connectionFactory)
    {
        _connectionFactory = connectionFactory;
    }

    private const string InsertSession = """
        INSERT INTO tracking_sessions (id, site, visitor_id, started_at, last_seen_at, landing_url, current_page, referrer,
                                       utm_source, utm_medium, utm_campaign, utm_content, utm_term, keyword, device, country,
                                       channel, source, number, number_kind, pool)
        VALUES (@Id, @Site, @VisitorId, @StartedAt, @LastSeenAt, @LandingUrl, @CurrentPage, @Referrer,
                @UtmSource, @UtmMedium, @UtmCampaign, @UtmContent, @UtmTerm, @Keyword, @Device, @Country,
                @Channel, @Source, @Number, @NumberKind, @Pool);
        """;

    private const string InsertPage = "INSERT INTO tracking_session_pages (session_id, at, url) VALUES (@SessionId, @At, @Url);";

    private const string InsertAssignment = """
        INSERT INTO tracking_number_assignments (session_id, pool, number, from_at, to_at)
        VALUES (@SessionId, @Pool, @Number, @FromAt, @ToAt);
        """;

    public async Task CreateAsync(TrackingSessionRow session, NumberAssignmentRow? assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSession, ToRecord(session), transaction, cancellationToken: cancellationToken));
        var page = new SessionPageRecord { SessionId = session.Id, At = session.StartedAt.ToUnixTimeMilliseconds(), Url = session.CurrentPage };
        await connection.ExecuteAsync(new CommandDefinition(InsertPage, page, transaction, cancellationToken: cancellationToken));
        if (assignment is not null)
        {
            var record = new NumberAssignmentRecord
            {
                SessionId = assignment.SessionId,
                Pool = assignment.Pool,
                Number = assignment.Number,
                FromAt = assignment.FromAt.ToUnixTimeMilliseconds(),
                ToAt = assignment.ToAt.ToUnixTimeMilliseconds(),
            };
            await connection.ExecuteAsync(new CommandDefinition(InsertAssignment, record, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private const string SelectById = $"SELECT {SessionColumns} FROM tracking_sessions WHERE id = @Id;";

    public async Task<TrackingSessionRow?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var record = await connection.QuerySingleOrDefaultAsync<TrackingSessionRecord>(
            new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken));
        return record is null ? null : ToRow(record);
    }

    private const string SelectPages = """
        SELECT id AS Id, session_id AS SessionId, at AS At, url AS Url
        FROM tracking_session_pages WHERE session_id = @SessionId ORDER BY id;
        """;

    public async Task<IReadOnlyList<SessionPageRow>> ListPagesAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<SessionPageRecord>(
            new CommandDefinition(SelectPages, new { SessionId = sessionId }, cancellationToken: cancellationToken));
        return records
            .Select(r => new SessionPageRow { Id = r.Id, SessionId = r.SessionId, At = DateTimeOffset.FromUnixTimeMilliseconds(r.At), Url = r.Url })
            .ToList();
    }

    private const string CountOverflows = """
        SELECT site, pool, COUNT(*) FROM tracking_sessions
        WHERE number_kind = 'Overflow' AND pool IS NOT NULL GROUP BY site, pool;
        """;

    public async Task<IReadOnlyDictionary<(string Site, string Pool), long>> CountOverflowsByPoolAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var counts = await connection.QueryAsync<(string Site, string Pool, long Count)>(new CommandDefinition(CountOverflows, cancellationToken: cancellationToken));
        return counts.ToDictionary(c => (c.Site, c.Pool), c => c.Count);
    }
}
