using System.Data.Common;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallTracker.Store.Repositories;

/// <summary>
/// Writes a batch of call moments on one connection in one transaction, each kind of row through one command. During
/// a burst of calls this is most of the saving: SQLite prepares each statement (the report triggers on calls,
/// attributions and touches are compiled into it) and syncs the log once a batch instead of once a row, and each new
/// call's report row is brought up to date once rather than once per source row.
/// </summary>
internal sealed class SqliteCallJournalStore(SqliteConnectionFactory connectionFactory) : ICallJournalStore
{
    public async Task WriteAsync(IReadOnlyList<CallJournalEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await WriteArrivalsAsync(connection, transaction, entries, cancellationToken);
        await SqliteCallEventRepository.InsertAsync(connection, transaction, entries.Select(e => e.Event), cancellationToken);
        await SqliteWebhookOutboxRepository.InsertAsync(connection, transaction, entries.SelectMany(e => e.Webhooks).ToList(), cancellationToken);
        if (Rows(entries, e => e.Tag) is { Count: > 0 } tags)
        {
            await SqliteCallTagRepository.InsertAsync(connection, transaction, tags, cancellationToken);
        }

        if (Rows(entries, e => e.FinishedCall) is { Count: > 0 } finished)
        {
            await SqliteCallRepository.UpdateAsync(connection, transaction, finished, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private const string KnownCallers = "SELECT caller_number FROM caller_touches WHERE caller_number IN @Numbers;";

    private const string CallsOfCallers = "SELECT id FROM calls WHERE caller_number IN @Numbers;";

    /// <summary>
    /// New calls, their attributions and their callers' touches. Row by row, the report triggers would bring a new
    /// call's report row up to date three times (its row, its attribution, a first touch); silenced here, each call
    /// the batch changes is brought up to date once, as the triggers would leave it.
    /// </summary>
    private static async Task WriteArrivalsAsync(SqliteConnection connection, DbTransaction transaction, IReadOnlyList<CallJournalEntry> entries, CancellationToken cancellationToken)
    {
        var started = Rows(entries, e => e.StartedCall);
        var attributions = Rows(entries, e => e.Attribution);
        var touches = Rows(entries, e => e.Touch);
        if (started.Count + attributions.Count + touches.Count == 0)
        {
            return;
        }

        // Only a caller's first touch changes their calls' reports (tr_caller_touches_report_insert); later ones
        // change the last touch, which no report reads.
        var numbers = touches.Select(t => t.CallerNumber).Distinct(StringComparer.Ordinal).ToList();
        var known = numbers.Count == 0 ? [] : await connection.QueryAsync<string>(
            new CommandDefinition(KnownCallers, new { Numbers = numbers }, transaction, cancellationToken: cancellationToken));
        var firstTouched = numbers.Except(known, StringComparer.Ordinal).ToList();

        await connection.ExecuteAsync(new CommandDefinition(ReportSummary.Silence, transaction: transaction, cancellationToken: cancellationToken));
        await SqliteCallRepository.InsertAsync(connection, transaction, started, cancellationToken);
        await SqliteCallAttributionRepository.InsertAsync(connection, transaction, attributions, cancellationToken);
        await SqliteCallerTouchRepository.RecordAsync(connection, transaction, touches, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(ReportSummary.Resume, transaction: transaction, cancellationToken: cancellationToken));

        var changed = started.Select(c => c.Id).Concat(attributions.Select(a => a.CallId)).ToList();
        if (firstTouched.Count > 0)
        {
            changed.AddRange(await connection.QueryAsync<string>(
                new CommandDefinition(CallsOfCallers, new { Numbers = firstTouched }, transaction, cancellationToken: cancellationToken)));
        }

        var refresh = changed.Distinct(StringComparer.Ordinal).Select(id => new { CallId = id }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(ReportSummary.Refresh, refresh, transaction, cancellationToken: cancellationToken));
    }

    private static List<T> Rows<T>(IReadOnlyList<CallJournalEntry> entries, Func<CallJournalEntry, T?> select)
        where T : class =>
        entries.Select(select).OfType<T>().ToList();
}
