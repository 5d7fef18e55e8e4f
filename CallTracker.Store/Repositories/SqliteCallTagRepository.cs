using System.Data.Common;
using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallTracker.Store.Repositories;

internal sealed class SqliteCallTagRepository(SqliteConnectionFactory connectionFactory) : ICallTagRepository
{
    private const string Insert = """
        INSERT INTO call_tags (call_id, category_code, category_name, value, value_defaulted, tagged_by, tagged_at)
        VALUES (@CallId, @CategoryCode, @CategoryName, @Value, @ValueDefaulted, @TaggedBy, @TaggedAt);
        """;

    public async Task AddAsync(CallTagRow tag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tag);
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        await InsertAsync(connection, null, [tag], cancellationToken);
    }

    /// <summary>Inserts the tags through one command, so SQLite prepares the statement once for all of them.</summary>
    internal static Task InsertAsync(SqliteConnection connection, DbTransaction? transaction, IEnumerable<CallTagRow> tags, CancellationToken cancellationToken)
    {
        var records = tags.Select(tag => new CallTagRecord
        {
            CallId = tag.CallId,
            CategoryCode = tag.CategoryCode,
            CategoryName = tag.CategoryName,
            Value = tag.Value,
            ValueDefaulted = tag.ValueDefaulted ? 1 : 0,
            TaggedBy = tag.TaggedBy,
            TaggedAt = tag.TaggedAt.ToUnixTimeMilliseconds(),
        }).ToList();
        return connection.ExecuteAsync(new CommandDefinition(Insert, records, transaction, cancellationToken: cancellationToken));
    }

    private const string SelectForCall = """
        SELECT id AS Id, call_id AS CallId, category_code AS CategoryCode, category_name AS CategoryName, value AS Value,
               value_defaulted AS ValueDefaulted, tagged_by AS TaggedBy, tagged_at AS TaggedAt
        FROM call_tags
        WHERE call_id = @CallId
        ORDER BY id;
        """;

    public async Task<IReadOnlyList<CallTagRow>> ListForCallAsync(string callId, CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        var records = await connection.QueryAsync<CallTagRecord>(
            new CommandDefinition(SelectForCall, new { CallId = callId }, cancellationToken: cancellationToken));
        return records.Select(r => new CallTagRow
        {
            Id = r.Id,
            CallId = r.CallId,
            CategoryCode = r.CategoryCode,
            CategoryName = r.CategoryName,
            Value = r.Value,
            ValueDefaulted = r.ValueDefaulted != 0,
            TaggedBy = r.TaggedBy,
            TaggedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.TaggedAt),
        }).ToList();
    }
}
