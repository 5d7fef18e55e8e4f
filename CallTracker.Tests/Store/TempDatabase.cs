using CallTracker.Store;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Store;

/// <summary>A SQLite file in a folder of its own under the temp directory, removed with everything beside it on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "calltracker-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        // A subfolder that does not exist yet, so every test also exercises the folder creation.
        FilePath = Path.Combine(_folder, "data", "calltracker.db");
        ConnectionFactory = new SqliteConnectionFactory(Options.Create(new StoreOptions { DatabasePath = FilePath }));
    }

    public string FilePath { get; }

    public SqliteConnectionFactory ConnectionFactory { get; }

    public Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken) =>
        new MigrationRunner(
                ConnectionFactory,
                new EmbeddedMigrationSource(),
                TimeProvider.System,
                NullLogger<MigrationRunner>.Instance)
            .RunAsync(cancellationToken);

    /// <summary>Reads the database behind the code under test's back, to check what it really wrote.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectionFactory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public void Dispose()
    {
        // Pooled connections keep the file and its -wal/-shm companions open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
