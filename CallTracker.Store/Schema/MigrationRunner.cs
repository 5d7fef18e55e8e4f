using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CallTracker.Store.Schema;

/// <summary>Brings the database schema up to the newest migration, each in its own transaction.</summary>
internal sealed partial class MigrationRunner
{
    private readonly SqliteConnectionFactory _connectionFactory;
    private readonly IMigrationSource _source;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<MigrationRunner> _logger;

    public MigrationRunner(
        SqliteConnectionFactory connectionFactory,
        IMigrationSource source,
        TimeProvider timeProvider,
        ILogger<MigrationRunner> logger)
    {
        _connectionFactory = connectionFactory;
        _source = source;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <returns>The file names of the migrations applied by this run, in order; empty when already up to date.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var migrations = MigrationPlan.From(_source.GetScripts());

        await using var connection = await _connectionFactory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(CreateHistoryTable, cancellationToken: cancellationToken));
        var current = await ReadVersionAsync(connection, migrations.Count, cancellationToken);

        var applied = new List<string>();
        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            if (await ApplyAsync(connection, migration, cancellationToken))
            {
                applied.Add(migration.FileName);
            }
        }

        LogUpToDate(_connectionFactory.DatabasePath, migrations.Count, applied.Count);
        return applied;
    }

    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at INTEGER NOT NULL
        ) STRICT;
        """;

    private const string SelectVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations;";

    private async Task<long> ReadVersionAsync(SqliteConnection connection, int known, CancellationToken cancellationToken)
    {
        var version = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(SelectVersion, cancellationToken: cancellationToken));
        if (version > known)
        {
            // Running against a schema this build has never seen would corrupt data quietly.
            throw new InvalidOperationException(
                $"The database {_connectionFactory.DatabasePath} is at schema version {version}, " +
                $"but this build only knows migrations up to {known}: was an older CallTracker installed over a newer one?");
        }

        return version;
    }

    private const string SelectApplied = "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version;";

    private const string InsertApplied =
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt);";

    private async Task<bool> ApplyAsync(SqliteConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();

        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is taken before the check below,
        // so a second instance starting at the same moment waits instead of applying it twice.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var alreadyApplied = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            SelectApplied, new { migration.Version }, transaction, cancellationToken: cancellationToken)) > 0;
        if (alreadyApplied)
        {
            return false;
        }

        try
        {
            await ExecuteScriptAsync(connection, migration.Sql, transaction, cancellationToken);
            var record = new
            {
                migration.Version,
                Name = migration.FileName,
                AppliedAt = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
            };
            await connection.ExecuteAsync(new CommandDefinition(
                InsertApplied, record, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new InvalidOperationException(
                $"Migration {migration.FileName} failed and was rolled back: {ex.Message}", ex);
        }

        var elapsed = _timeProvider.GetElapsedTime(started);
        LogApplied(migration.FileName, migration.Version, elapsed.TotalMilliseconds);
        return true;
    }

    // ExecuteNonQuery swallows the error of any statement that follows one returning columns
    // (a SELECT, a PRAGMA, even ALTER TABLE on a STRICT table), and the half-run script would be
    // committed: dotnet/efcore#32740. Reading every result set makes each error surface.
    private static async Task ExecuteScriptAsync(
        SqliteConnection connection, string sql, System.Data.Common.DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(
            new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
    }
}
