using System.Data.Common;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallTracker.Store.Repositories;

internal sealed class SqliteCallerTouchRepository : ICallerTouchRepository
{
    private readonly SqliteConnectionFactory _connectionFactory;

    public SqliteCallerTouchRepository(SqliteConnectionFactory connectionFactory)
    {
        _connectionFactory = connectionFactory;
    }

    // One statement, so two calls from the same caller at once cannot both become the first touch.
    private const string Upsert = """
        INSERT INTO caller_touches (caller_number, first_call_id, first_at, first_source, first_channel, first_campaign, first_session_id,
                                    last_call_id, last_at, last_source, last_channel, last_campaign, last_session_id)
        VALUES (@CallerNumber, @CallId, @At, @Source, @Channel, @Campaign, @SessionId,
                @CallId, @At, @Source, @Channel, @Campaign, @SessionId)
        ON CONFLICT (caller_number) DO UPDATE SET
            last_call_id = excluded.last_call_id, last_at = excluded.last_at, last_source = excluded.last_source,
            last_channel = excluded.last_channel, last_campaign = excluded.last_campaign, last_session_id = excluded.last_session_id
        WHERE excluded.last_at >= caller_touches.last_at;
        """;

    public async Task RecordAsync(string callerNumber, CallerTouch touch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(touch);
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        await RecordAsync(connection, null, [new CallerTouchUpdate(callerNumber, touch)], cancellationToken);
    }

    /// <summary>Records the touches in order through one command, so SQLite prepares the statement and its triggers once.</summary>
    internal static Task RecordAsync(SqliteConnection connection, DbTransaction? transaction, IEnumerable<CallerTouchUpdate> touches, CancellationToken cancellationToken)
    {
        var parameters = touches.Select(t => new
        {
            t.CallerNumber,
            t.Touch.CallId,
            At = t.Touch.At.ToUnixTimeMilliseconds(),
            t.Touch.Source,
            t.Touch.Channel,
            t.Touch.Campaign,
            t.Touch.SessionId,
        }).ToList();
        return connection.ExecuteAsync(new CommandDefinition(Upsert, parameters, transaction, cancellationToken: cancellationToken));
    }

    private const string SelectByCaller = """
        SELECT caller_number AS CallerNumber,
               first_call_id AS FirstCallId, first_at AS FirstAt, first_source AS FirstSource, first_channel AS FirstChannel,
               first_campaign AS FirstCampaign, first_session_id AS FirstSessionId,
               last_call_id AS LastCallId, last_at AS LastAt, last_source AS LastSource, last_channel AS LastChannel,
               last_campaign AS LastCampaign, last_session_id AS LastSessionId
        FROM caller_touches WHERE caller_number = @CallerNumber;
        """;

    public async Task<CallerTouchesRow?> GetAsync(string callerNumber, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var r = await connection.QuerySingleOrDefaultAsync<CallerTouchesRecord>(
            new CommandDefinition(SelectByCaller, new { CallerNumber = callerNumber }, cancellationToken: cancellationToken));
        if (r is null)
        {
            return null;
        }

        var first = new CallerTouch
        {
            CallId = r.FirstCallId,
            At = DateTimeOffset.FromUnixTimeMilliseconds(r.FirstAt),
            Source = r.FirstSource,
            Channel = r.FirstChannel,
            Campaign = r.FirstCampaign,
            SessionId = r.FirstSessionId,
        };
        var last = new CallerTouch
        {
            CallId = r.LastCallId,
            At = DateTimeOffset.FromUnixTimeMilliseconds(r.LastAt),
            Source = r.LastSource,
            Channel = r.LastChannel,
            Campaign = r.LastCampaign,
            SessionId = r.LastSessionId,
        };
        return new CallerTouchesRow(r.CallerNumber, first, last);
    }
}
