using CallTracker.Store.Rows;
using CallTracker.Store.Schema;
using Dapper;

namespace CallTracker.Store.Repositories;

internal sealed class SqliteManagerRepository : IManagerRepository
{
    private readonly SqliteConnectionFactory _connectionFactory;

    public SqliteManagerRepository(SqliteConnectionFactory connectionFactory)
    {
        _connectionFactory = connectionFactory;
    }

    private const string Upsert = """
        INSERT INTO managers (endpoint, name) VALUES (@Endpoint, @Name)
        ON CONFLICT (endpoint) DO UPDATE SET name = excluded.name;
        """;

    public async Task UpsertAsync(ManagerRow manager, CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            Upsert, new { manager.Endpoint, manager.Name }, cancellationToken: cancellationToken));
    }

    private const string SelectAll = "SELECT endpoint AS Endpoint, name AS Name FROM managers ORDER BY endpoint;";

    public async Task<IReadOnlyList<ManagerRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        var managers = await connection.QueryAsync<ManagerRow>(
            new CommandDefinition(SelectAll, cancellationToken: cancellationToken));
        return managers.AsList();
    }
}
