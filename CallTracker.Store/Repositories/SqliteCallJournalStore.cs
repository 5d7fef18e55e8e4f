using CallTracker.Store.Rows;
using CallTracker.Store.Schema;

namespace CallTracker.Store.Repositories;

/// <summary>
/// Writes a batch of call moments on one connection in one transaction, each kind of row through one command. During
/// a burst of calls this is most of the saving: SQLite prepares each statement (the report triggers on calls,
/// attributions and touches are compiled into it) and syncs the log once a batch instead of once a row.
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
        if (Rows(entries, e => e.StartedCall) is { Count: > 0 } started)
        {
            await SqliteCallRepository.InsertAsync(connection, transaction, started, cancellationToken);
        }

        if (Rows(entries, e => e.Attribution) is { Count: > 0 } attributions)
        {
            await SqliteCallAttributionRepository.InsertAsync(connection, transaction, attributions, cancellationToken);
        }

        if (Rows(entries, e => e.Touch) is { Count: > 0 } touches)
        {
            await SqliteCallerTouchRepository.RecordAsync(connection, transaction, touches, cancellationToken);
        }

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

    private static List<T> Rows<T>(IReadOnlyList<CallJournalEntry> entries, Func<CallJournalEntry, T?> select)
        where T : class =>
        entries.Select(select).OfType<T>().ToList();
}
