using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CallTracker.Store.Schema;

/// <summary>Opens connections to the call store, each configured the same way.</summary>
public sealed class SqliteConnectionFactory
{
    // foreign_keys and busy_timeout belong to the connection, so every open sets them;
    // 5 s lets a writer wait out a concurrent one instead of failing with SQLITE_BUSY.
    private const string ConnectionPragmas = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

    // The journal mode is stored in the database file, so it only needs setting once.
    private const string EnableWal = "PRAGMA journal_mode = WAL;";

    private readonly IOptions<StoreOptions> _options;
    private string? _databasePath;
    private string? _connectionString;
    private volatile bool _databasePrepared;

    public SqliteConnectionFactory(IOptions<StoreOptions> options)
    {
        _options = options;
    }

    /// <summary>Full path of the database file; a relative configured path is taken from the service's folder.</summary>
    // Resolved on first use rather than in the constructor, so that an empty setting is reported by
    // options validation naming its key, not by Path.GetFullPath while the host builds its services.
    public string DatabasePath =>
        _databasePath ??= Path.GetFullPath(_options.Value.DatabasePath, AppContext.BaseDirectory);

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_databasePrepared)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        }

        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(ConnectionPragmas, cancellationToken: cancellationToken));
            if (!_databasePrepared)
            {
                await EnableWalAsync(connection, cancellationToken);
                // Two first opens racing both set WAL; that is harmless, so no lock.
                _databasePrepared = true;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private string ConnectionString =>
        _connectionString ??= new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();

    private async Task EnableWalAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var mode = await connection.ExecuteScalarAsync<string>(
            new CommandDefinition(EnableWal, cancellationToken: cancellationToken));
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"SQLite refused write-ahead logging for {DatabasePath} (journal mode is '{mode}').");
        }
    }
}
