using System.Data.Common;
using System.Text.Json;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallTracker.Store.Repositories;

/// <summary>
/// Call types in two set-based steps: first whether each call is a target call (by its own site's rule), then the
/// types that look back through the caller's earlier calls. The same SQL classifies one call or the whole history.
/// </summary>
internal sealed class SqliteCallTypeRepository(SqliteConnectionFactory connectionFactory) : ICallTypeRepository
{
    private const long DayMs = 86_400_000;

    // Each finished call with the rule of its site: the site's own, or the default one.
    private const string RulePerCall = """
        WITH site_rule AS MATERIALIZED (
            SELECT key AS site, json_extract(value, '$.target') AS target, json_extract(value, '$.cycleMs') AS cycle_ms
            FROM json_each(@Rules)
        ),
        rule AS (
            SELECT c.id AS call_id, COALESCE(s.target, @DefaultTarget) AS target, COALESCE(s.cycle_ms, @DefaultCycleMs) AS cycle_ms
            FROM calls c
            LEFT JOIN call_attributions a ON a.call_id = c.id
            LEFT JOIN site_rule s ON s.site = a.site
            WHERE c.status <> 'InProgress' /*one*/
        )
        """;

    // An outgoing call is the company's doing, not a client's: it is never unique or target (nor, so, repeat or first).
    private const string FromClient = "calls.direction <> 'Outbound'";

    private const string SetTarget = RulePerCall + $"""
        UPDATE calls SET is_target = ({FromClient} AND calls.status IN ({ReportSql.AnsweredStatuses}) AND calls.talk_seconds >= rule.target)
        FROM rule WHERE calls.id = rule.call_id;
        """;

    // "Earlier" breaks ties on arrival time by id, so two calls in one millisecond are never both first.
    // An empty caller number (withheld) has no history to look through.
    private const string Before = "(p.arrived_at < calls.arrived_at OR (p.arrived_at = calls.arrived_at AND p.id < calls.id))";
    private const string Earlier = $"p.caller_number = calls.caller_number AND p.direction <> 'Outbound' AND {Before}";

    // The client's history also holds the calls managers made to the number (kept in tracking_number, the number
    // dialled): a client a manager called first is not new when they call in.
    private const string EarlierOutgoing = $"p.tracking_number = calls.caller_number AND p.direction = 'Outbound' AND {Before}";
    private const string IsUnique = $"({FromClient} AND calls.caller_number <> '' AND NOT EXISTS (SELECT 1 FROM calls p WHERE {Earlier}) AND NOT EXISTS (SELECT 1 FROM calls p WHERE {EarlierOutgoing}))";

    private const string SetHistoryTypes = RulePerCall + $"""
        UPDATE calls SET
            is_unique = {IsUnique},
            is_first_target = (calls.is_target = 1 AND calls.caller_number <> '' AND NOT EXISTS (SELECT 1 FROM calls p WHERE {Earlier} AND p.is_target = 1)),
            is_repeat = (calls.is_target = 1 AND calls.caller_number <> '' AND EXISTS (SELECT 1 FROM calls p WHERE {Earlier} AND p.is_target = 1 AND p.arrived_at >= calls.arrived_at - rule.cycle_ms)),
            is_unique_target = (calls.is_target = 1 AND {IsUnique})
        FROM rule WHERE calls.id = rule.call_id;
        """;

    private const string OneCall = "AND c.id = @Id";

    public Task ClassifyAsync(string callId, IReadOnlyList<CallTypeRule> rules, CancellationToken cancellationToken) =>
        RunAsync([callId], rules, cancellationToken);

    public Task ClassifyAsync(IReadOnlyList<string> callIds, IReadOnlyList<CallTypeRule> rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callIds);
        return callIds.Count == 0 ? Task.CompletedTask : RunAsync(callIds, rules, cancellationToken);
    }

    public Task<int> ReclassifyAllAsync(IReadOnlyList<CallTypeRule> rules, CancellationToken cancellationToken) =>
        RunAsync(null, rules, cancellationToken);

    /// <param name="callIds">The calls to classify; null for every call.</param>
    private async Task<int> RunAsync(IReadOnlyList<string>? callIds, IReadOnlyList<CallTypeRule> rules, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (callIds is null)
        {
            // Per call, the report triggers would move every call out of the daily totals and back twice; a rebuild is one pass.
            await connection.ExecuteAsync(new CommandDefinition(ReportSummary.Silence, transaction: transaction, cancellationToken: cancellationToken));
        }

        var changed = await RunAsync(connection, transaction, callIds, rules, cancellationToken);
        if (callIds is null)
        {
            await ReportSummary.RebuildAsync(connection, transaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <summary>
    /// For several calls each statement runs the list of them through one command, so SQLite prepares it (with the
    /// report triggers on calls) once; every call's target flag is set before any call's history types are.
    /// </summary>
    private static async Task<int> RunAsync(SqliteConnection connection, DbTransaction transaction, IReadOnlyList<string>? callIds, IReadOnlyList<CallTypeRule> rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var fallback = rules.FirstOrDefault(r => r.Site is null)
            ?? throw new ArgumentException("The rules need a default rule (Site null) for calls from no configured site.", nameof(rules));
        var siteRules = JsonSerializer.Serialize(rules.Where(r => r.Site is not null).ToDictionary(r => r.Site!, r => new { target = r.TargetTalkSeconds, cycleMs = r.SalesCycleDays * DayMs }));
        IEnumerable<string?> ids = callIds is null ? Enumerable.Repeat<string?>(null, 1) : callIds;
        var parameters = ids.Select(id => new
        {
            Id = id,
            Rules = siteRules,
            DefaultTarget = fallback.TargetTalkSeconds,
            DefaultCycleMs = fallback.SalesCycleDays * DayMs,
        }).ToList();
        var filter = callIds is null ? "" : OneCall;
        var changed = await connection.ExecuteAsync(new CommandDefinition(SetTarget.Replace("/*one*/", filter, StringComparison.Ordinal), parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(SetHistoryTypes.Replace("/*one*/", filter, StringComparison.Ordinal), parameters, transaction, cancellationToken: cancellationToken));
        return changed;
    }

    public async Task<CallTypes?> PreviewAsync(CallRow row, IReadOnlyList<CallTypeRule> rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(SqliteCallRepository.Update, SqliteCallRepository.ToRecord(row), transaction, cancellationToken: cancellationToken));
        await RunAsync(connection, transaction, [row.Id], rules, cancellationToken);
        var types = await ReadAsync(connection, transaction, row.Id, cancellationToken);

        // Nothing of the preview stays: the journal stores the row and classifies it as ever.
        await transaction.RollbackAsync(cancellationToken);
        return types;
    }

    private const string Select = """
        SELECT is_unique AS IsUnique, is_target AS IsTarget, is_repeat AS IsRepeat, is_first_target AS IsFirstTarget, is_unique_target AS IsUniqueTarget
        FROM calls WHERE id = @Id AND is_target IS NOT NULL;
        """;

    public async Task<CallTypes?> GetAsync(string callId, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, callId, cancellationToken);
    }

    private static async Task<CallTypes?> ReadAsync(SqliteConnection connection, DbTransaction? transaction, string callId, CancellationToken cancellationToken)
    {
        var record = await connection.QuerySingleOrDefaultAsync<CallTypesRecord>(new CommandDefinition(Select, new { Id = callId }, transaction, cancellationToken: cancellationToken));
        return record is null ? null : new CallTypes
        {
            Unique = record.IsUnique == 1,
            Target = record.IsTarget == 1,
            Repeat = record.IsRepeat == 1,
            FirstTarget = record.IsFirstTarget == 1,
            UniqueTarget = record.IsUniqueTarget == 1,
        };
    }
}
