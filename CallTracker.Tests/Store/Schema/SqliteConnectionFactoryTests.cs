using CallTracker.Store;
using CallTracker.Store.Schema;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Store.Schema;

public sealed class SqliteConnectionFactoryTests
{
    private TempDatabase _database;

    [SetUp]
    public void SetUp() => _database = new TempDatabase();

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test, CancelAfter(10_000)]
    public async Task OpenAsync_creates_the_missing_folder_and_the_database_file(CancellationToken cancellationToken)
    {
        await using var connection = await _database.ConnectionFactory.OpenAsync(cancellationToken);

        Assert.That(File.Exists(_database.FilePath), Is.True);
    }

    [Test, CancelAfter(10_000)]
    public async Task OpenAsync_turns_on_wal_foreign_keys_and_busy_timeout(CancellationToken cancellationToken)
    {
        var journalMode = await _database.QueryAsync<string>("PRAGMA journal_mode;", cancellationToken);
        var foreignKeys = await _database.QueryAsync<long>("PRAGMA foreign_keys;", cancellationToken);
        var busyTimeout = await _database.QueryAsync<long>("PRAGMA busy_timeout;", cancellationToken);

        Assert.That(journalMode, Is.EqualTo<string[]>(["wal"]));
        Assert.That(foreignKeys, Is.EqualTo<long[]>([1]));
        Assert.That(busyTimeout, Is.EqualTo<long[]>([5000]));
    }

    [Test]
    public void DatabasePath_resolves_a_relative_path_against_the_service_folder()
    {
        var sut = CreateSut("data/calls.db");

        Assert.That(sut.DatabasePath, Is.EqualTo(Path.Combine(AppContext.BaseDirectory, "data", "calls.db")));
    }

    [Test]
    public void DatabasePath_keeps_an_absolute_path()
    {
        var sut = CreateSut(_database.FilePath);

        Assert.That(sut.DatabasePath, Is.EqualTo(_database.FilePath));
    }

    private static SqliteConnectionFactory CreateSut(string databasePath) =>
        new(Options.Create(new StoreOptions { DatabasePath = databasePath }));
}
