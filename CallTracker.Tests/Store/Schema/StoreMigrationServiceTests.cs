using CallTracker.Store;
using CallTracker.Store.Schema;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Store.Schema;

public sealed class StoreMigrationServiceTests
{
    private TempDatabase _database;

    [SetUp]
    public void SetUp() => _database = new TempDatabase();

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test, CancelAfter(10_000)]
    public async Task StartAsync_on_a_file_that_is_not_a_database_fails_naming_the_path(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.FilePath)!);
        await File.WriteAllTextAsync(_database.FilePath, new string('x', 4096), cancellationToken);

        var ex = Assert.ThrowsAsync<StoreStartupException>(() => CreateSut().StartAsync(cancellationToken));

        Assert.That(ex.Message, Does.Contain(_database.FilePath).And.Contain("not a database"));
    }

    [Test, CancelAfter(10_000)]
    public async Task A_database_deleted_after_use_stops_start_up_unless_a_new_one_is_allowed(CancellationToken cancellationToken)
    {
        await CreateSut().StartAsync(cancellationToken);
        DeleteDatabase();

        var ex = Assert.ThrowsAsync<StoreStartupException>(() => CreateSut().StartAsync(cancellationToken));
        await CreateSut(allowNewDatabase: true).StartAsync(cancellationToken);

        Assert.That(ex.Message, Does.Contain(_database.FilePath + " is missing").And.Contain("Store:AllowNewDatabase"));
        Assert.That(File.Exists(_database.FilePath), Is.True, "allowed, a new database is created");
    }

    [Test, CancelAfter(10_000)]
    public async Task A_database_emptied_after_use_stops_start_up(CancellationToken cancellationToken)
    {
        await CreateSut().StartAsync(cancellationToken);
        SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(_database.FilePath, [], cancellationToken);
        File.Delete(_database.FilePath + "-wal");

        var ex = Assert.ThrowsAsync<StoreStartupException>(() => CreateSut().StartAsync(cancellationToken));

        Assert.That(ex.Message, Does.Contain(_database.FilePath + " is empty"));
    }

    [Test, CancelAfter(10_000)]
    public async Task A_database_whose_tables_were_dropped_after_use_stops_start_up(CancellationToken cancellationToken)
    {
        await CreateSut().StartAsync(cancellationToken);
        DeleteDatabase();
        await using (var fresh = await _database.ConnectionFactory.OpenAsync(cancellationToken))
        {
            await fresh.ExecuteAsync(new CommandDefinition("CREATE TABLE unrelated (x INTEGER);", cancellationToken: cancellationToken));
        }

        var ex = Assert.ThrowsAsync<StoreStartupException>(() => CreateSut().StartAsync(cancellationToken));

        Assert.That(ex.Message, Does.Contain(_database.FilePath + " has no tables"));
    }

    [Test, CancelAfter(10_000)]
    public async Task A_damaged_database_stops_start_up_with_what_quick_check_found(CancellationToken cancellationToken)
    {
        await CreateSut().StartAsync(cancellationToken);
        await _database.QueryAsync<long>("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        SqliteConnection.ClearAllPools();
        await using (var file = File.OpenWrite(_database.FilePath))
        {
            // Page 2 onwards: the schema page (1) stays readable, the tables' pages do not.
            file.Seek(4096, SeekOrigin.Begin);
            await file.WriteAsync(Enumerable.Repeat((byte)0xA5, 4096 * 4).ToArray(), cancellationToken);
        }

        var ex = Assert.ThrowsAsync<StoreStartupException>(() => CreateSut().StartAsync(cancellationToken));

        Assert.That(ex.Message, Does.Contain(_database.FilePath).And.Contain("damaged").Or.Contain("malformed"));
    }

    [Test, CancelAfter(10_000)]
    public async Task StartAsync_on_a_new_database_applies_the_migrations(CancellationToken cancellationToken)
    {
        await CreateSut().StartAsync(cancellationToken);

        var appliedLater = await _database.MigrateAsync(cancellationToken);
        Assert.That(appliedLater, Is.Empty);
    }

    private void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm"])
        {
            File.Delete(_database.FilePath + suffix);
        }
    }

    private StoreMigrationService CreateSut(bool allowNewDatabase = false)
    {
        // A factory per start, as a restarted service would have: it remembers having prepared the file.
        var options = Options.Create(new StoreOptions { DatabasePath = _database.FilePath, AllowNewDatabase = allowNewDatabase });
        var factory = new SqliteConnectionFactory(options);
        return new(
            new MigrationRunner(factory, new EmbeddedMigrationSource(), TimeProvider.System, NullLogger<MigrationRunner>.Instance),
            factory,
            new DatabaseGuard(factory, options));
    }
}
