using CallTracker.Store.Rows;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed partial class SqliteTrackingSessionRepository
{
    // Before the session's current_page is overwritten: a page is recorded once per change, not once per ping, up to the cap.
    private const string InsertChangedPage = """
        INSERT INTO tracking_session_pages (session_id, at, url)
        SELECT id, @At, @Page FROM tracking_sessions WHERE id = @SessionId AND current_page <> @Page
          AND (SELECT COUNT(*) FROM tracking_session_pages WHERE session_id = @SessionId) < @MaxPages;
        """;

    private const string UpdateSession = """
        UPDATE tracking_sessions
        SET last_seen_at = MAX(last_seen_at, @At), current_page = @Page, number = @Number, number_kind = @NumberKind, pool = @Pool
        WHERE id = @SessionId;
        """;

    // Only an assignment still running is extended; after a gap the session holds the number anew, from now.
    private const string ExtendAssignment = """
        UPDATE tracking_number_assignments SET to_at = MAX(to_at, @HeldUntil)
        WHERE id = (SELECT id FROM tracking_number_assignments
                    WHERE session_id = @SessionId AND number = @Number AND to_at >= @At
                    ORDER BY id DESC LIMIT 1);
        """;

    private const string OpenAssignment = """
        INSERT INTO tracking_number_assignments (session_id, pool, number, from_at, to_at)
        VALUES (@SessionId, @Pool, @Number, @At, @HeldUntil);
        """;

    public async Task<bool> RecordPingAsync(SessionPing ping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ping);
        var parameters = new
        {
            ping.SessionId,
            At = ping.At.ToUnixTimeMilliseconds(),
            ping.Page,
            ping.Number,
            ping.NumberKind,
            ping.Pool,
            HeldUntil = ping.HeldUntil?.ToUnixTimeMilliseconds(),
            ping.MaxPages,
        };
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertChangedPage, parameters, transaction, cancellationToken: cancellationToken));
        var found = await connection.ExecuteAsync(new CommandDefinition(UpdateSession, parameters, transaction, cancellationToken: cancellationToken)) > 0;
        if (found && ping.HeldUntil.HasValue && ping.Pool is not null)
        {
            var extended = await connection.ExecuteAsync(new CommandDefinition(ExtendAssignment, parameters, transaction, cancellationToken: cancellationToken));
            if (extended == 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(OpenAssignment, parameters, transaction, cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return found;
    }
}
