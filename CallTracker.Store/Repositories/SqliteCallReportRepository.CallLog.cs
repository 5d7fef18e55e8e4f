using CallTracker.Store.Rows;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed partial class SqliteCallReportRepository
{
    private const string LogColumns = """
        SELECT c.id AS Id, c.arrived_at AS ArrivedAt, c.caller_number AS CallerNumber, c.tracking_number AS TrackingNumber,
               c.direction AS Direction, c.status AS Status, c.wait_seconds AS WaitSeconds, c.talk_seconds AS TalkSeconds,
               c.answered_by AS AnsweredBy, c.off_hours AS OffHours, a.source AS Source, a.channel AS Channel,
               a.campaign AS Campaign, COALESCE(s.keyword, s.utm_term) AS Keyword, c.is_unique AS IsUnique,
               c.is_target AS IsTarget, c.is_repeat AS IsRepeat, c.is_first_target AS IsFirstTarget,
               c.is_unique_target AS IsUniqueTarget, c.recording_path IS NOT NULL AS HasRecording,
               c.voicemail_path IS NOT NULL AS HasVoicemail
        FROM calls c
        LEFT JOIN call_attributions a ON a.call_id = c.id
        LEFT JOIN tracking_sessions s ON s.id = a.session_id
        """;

    private const string LogFilters = """
        WHERE c.arrived_at >= @From AND c.arrived_at < @To
          AND (@Status IS NULL OR c.status = @Status)
          AND (@Source IS NULL OR a.source = @Source)
          AND (@Channel IS NULL OR a.channel = @Channel)
          AND (@Manager IS NULL OR c.answered_by = @Manager)
          AND (@Caller IS NULL OR instr(c.caller_number, @Caller) > 0)
        """;

    private const string LogOrder = "ORDER BY c.arrived_at DESC, c.id DESC LIMIT @Limit OFFSET @Offset;";

    /// <summary>The call types a log can be filtered by, and their columns.</summary>
    public static readonly IReadOnlyDictionary<string, string> CallTypeColumns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["unique"] = "c.is_unique",
        ["target"] = "c.is_target",
        ["repeat"] = "c.is_repeat",
        ["first-target"] = "c.is_first_target",
        ["unique-target"] = "c.is_unique_target",
    };

    public async Task<IReadOnlyList<CallLogRow>> ListCallsAsync(CallLogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        var typeFilter = "";
        if (query.CallType is { } callType)
        {
            typeFilter = CallTypeColumns.TryGetValue(callType, out var column)
                ? $" AND {column} = 1"
                : throw new ArgumentException($"'{callType}' is not a call type; use one of {string.Join(", ", CallTypeColumns.Keys)}.", nameof(query));
        }

        var sql = $"{LogColumns}\n{LogFilters}{typeFilter}\n{LogOrder}";
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<CallLogRecord>(new CommandDefinition(sql, new
        {
            From = query.From.ToUnixTimeMilliseconds(),
            To = query.To.ToUnixTimeMilliseconds(),
            query.Status,
            query.Source,
            query.Channel,
            query.Manager,
            query.Caller,
            query.Limit,
            query.Offset,
        }, cancellationToken: cancellationToken));
        return records.Select(r => r.ToRow()).ToList();
    }
}
