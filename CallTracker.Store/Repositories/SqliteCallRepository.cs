using System.Data.Common;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallTracker.Store.Repositories;

internal sealed partial class SqliteCallRepository : ICallRepository
{
    private const string Columns = """
        id AS Id, channel_id AS ChannelId, tracking_number AS TrackingNumber, caller_number AS CallerNumber,
        caller_name AS CallerName, route_name AS RouteName, arrived_at AS ArrivedAt, answered_at AS AnsweredAt,
        ended_at AS EndedAt, wait_seconds AS WaitSeconds, talk_seconds AS TalkSeconds, status AS Status,
        answered_by AS AnsweredBy, off_hours AS OffHours, ivr_listened_seconds AS IvrListenedSeconds,
        voicemail_path AS VoicemailPath, voicemail_seconds AS VoicemailSeconds, recording_path AS RecordingPath,
        recording_seconds AS RecordingSeconds, direction AS Direction
        """;

    private readonly SqliteConnectionFactory _connectionFactory;

    public SqliteCallRepository(SqliteConnectionFactory connectionFactory)
    {
        _connectionFactory = connectionFactory;
    }

    private const string Insert = """
        INSERT INTO calls (id, channel_id, tracking_number, caller_number, caller_name, route_name,
                           arrived_at, answered_at, ended_at, wait_seconds, talk_seconds, status, answered_by,
                           off_hours, ivr_listened_seconds, voicemail_path, voicemail_seconds, recording_path, recording_seconds, direction)
        VALUES (@Id, @ChannelId, @TrackingNumber, @CallerNumber, @CallerName, @RouteName,
                @ArrivedAt, @AnsweredAt, @EndedAt, @WaitSeconds, @TalkSeconds, @Status, @AnsweredBy,
                @OffHours, @IvrListenedSeconds, @VoicemailPath, @VoicemailSeconds, @RecordingPath, @RecordingSeconds, @Direction);
        """;

    public async Task InsertAsync(CallRow row, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        await InsertAsync(connection, null, [row], cancellationToken);
    }

    /// <summary>
    /// Inserts the calls through one command: Dapper runs a list through a single command, so SQLite prepares the
    /// statement, with the report triggers on calls, once rather than once a row.
    /// </summary>
    internal static Task InsertAsync(SqliteConnection connection, DbTransaction? transaction, IEnumerable<CallRow> rows, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, rows.Select(ToRecord).ToList(), transaction, cancellationToken: cancellationToken));

    internal const string Update = """
        UPDATE calls
        SET answered_at = @AnsweredAt, ended_at = @EndedAt, wait_seconds = @WaitSeconds,
            talk_seconds = @TalkSeconds, status = @Status, answered_by = @AnsweredBy, off_hours = @OffHours,
            ivr_listened_seconds = @IvrListenedSeconds, voicemail_path = @VoicemailPath,
            voicemail_seconds = @VoicemailSeconds, recording_path = @RecordingPath, recording_seconds = @RecordingSeconds
        WHERE id = @Id;
        """;

    public async Task UpdateAsync(CallRow row, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        await UpdateAsync(connection, null, [row], cancellationToken);
    }

    /// <summary>Updates the calls through one command (see <see cref="InsertAsync(SqliteConnection, DbTransaction?, IEnumerable{CallRow}, CancellationToken)"/>).</summary>
    /// <exception cref="InvalidOperationException">A call is not in the store.</exception>
    internal static async Task UpdateAsync(SqliteConnection connection, DbTransaction? transaction, IReadOnlyList<CallRow> rows, CancellationToken cancellationToken)
    {
        var changed = await connection.ExecuteAsync(
            new CommandDefinition(Update, rows.Select(ToRecord).ToList(), transaction, cancellationToken: cancellationToken));
        if (changed < rows.Count)
        {
            throw new InvalidOperationException(rows.Count == 1
                ? $"Cannot update call '{rows[0].Id}': the store has no call with that id."
                : $"Cannot update {rows.Count - changed} of {rows.Count} calls: the store has no call with their ids.");
        }
    }

    private const string SelectById = $"SELECT {Columns} FROM calls WHERE id = @Id;";

    public async Task<CallRow?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var record = await connection.QuerySingleOrDefaultAsync<CallRecord>(
            new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken));
        return record is null ? null : ToRow(record);
    }

    // id breaks ties so calls arriving in the same millisecond keep a stable order.
    internal const string SelectByChannelId = $"SELECT {Columns} FROM calls WHERE channel_id = @ChannelId ORDER BY arrived_at DESC, id DESC LIMIT 1;";

    public async Task<CallRow?> FindByChannelIdAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var record = await connection.QuerySingleOrDefaultAsync<CallRecord>(
            new CommandDefinition(SelectByChannelId, new { ChannelId = channelId }, cancellationToken: cancellationToken));
        return record is null ? null : ToRow(record);
    }

    private const string SelectRecent = $"SELECT {Columns} FROM calls ORDER BY arrived_at DESC, id DESC LIMIT @Limit;";

    public async Task<IReadOnlyList<CallRow>> ListRecentAsync(int limit, CancellationToken cancellationToken)
    {
        // SQLite reads a negative LIMIT as "no limit", which would load the whole history.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<CallRecord>(
            new CommandDefinition(SelectRecent, new { Limit = limit }, cancellationToken: cancellationToken));
        return records.Select(ToRow).ToList();
    }

    private const string SelectByStatus = $"SELECT {Columns} FROM calls WHERE status = @Status ORDER BY arrived_at, id;";

    public async Task<IReadOnlyList<CallRow>> ListInProgressAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<CallRecord>(new CommandDefinition(
            SelectByStatus, new { Status = CallRow.InProgressStatus }, cancellationToken: cancellationToken));
        return records.Select(ToRow).ToList();
    }

    internal static CallRecord ToRecord(CallRow row) => new()
    {
        Id = row.Id,
        ChannelId = row.ChannelId,
        TrackingNumber = row.TrackingNumber,
        CallerNumber = row.CallerNumber,
        CallerName = row.CallerName,
        RouteName = row.RouteName,
        ArrivedAt = row.ArrivedAt.ToUnixTimeMilliseconds(),
        AnsweredAt = row.AnsweredAt?.ToUnixTimeMilliseconds(),
        EndedAt = row.EndedAt?.ToUnixTimeMilliseconds(),
        WaitSeconds = row.WaitSeconds,
        TalkSeconds = row.TalkSeconds,
        Status = row.Status,
        AnsweredBy = row.AnsweredBy,
        OffHours = row.OffHours ? 1 : 0,
        IvrListenedSeconds = row.IvrListenedSeconds,
        VoicemailPath = row.VoicemailPath,
        VoicemailSeconds = row.VoicemailSeconds,
        RecordingPath = row.RecordingPath,
        RecordingSeconds = row.RecordingSeconds,
        Direction = row.Direction,
    };

    private static CallRow ToRow(CallRecord record) => new()
    {
        Id = record.Id,
        ChannelId = record.ChannelId,
        TrackingNumber = record.TrackingNumber,
        CallerNumber = record.CallerNumber,
        CallerName = record.CallerName,
        RouteName = record.RouteName,
        ArrivedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.ArrivedAt),
        AnsweredAt = record.AnsweredAt is { } answeredAt ? DateTimeOffset.FromUnixTimeMilliseconds(answeredAt) : null,
        EndedAt = record.EndedAt is { } endedAt ? DateTimeOffset.FromUnixTimeMilliseconds(endedAt) : null,
        WaitSeconds = checked((int)record.WaitSeconds),
        TalkSeconds = checked((int)record.TalkSeconds),
        Status = record.Status,
        AnsweredBy = record.AnsweredBy,
        OffHours = record.OffHours != 0,
        IvrListenedSeconds = record.IvrListenedSeconds is { } listened ? checked((int)listened) : null,
        VoicemailPath = record.VoicemailPath,
        VoicemailSeconds = record.VoicemailSeconds is { } voicemail ? checked((int)voicemail) : null,
        RecordingPath = record.RecordingPath,
        RecordingSeconds = record.RecordingSeconds is { } recording ? checked((int)recording) : null,
        Direction = record.Direction,
    };
}
