using Dapper;

namespace CallTracker.Store.Schema;

/// <summary>A cheap read that proves the database opens and answers: the schema version the migrations reached.</summary>
public sealed class StoreProbe(SqliteConnectionFactory connectionFactory)
{
    private const string SelectVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations;";

    /// <returns>The newest migration applied; throws what SQLite throws when the database cannot be read.</returns>
    public async Task<long> ReadSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connectionFactory.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(SelectVersion, cancellationToken: cancellationToken));
    }
}
