namespace CallTracker.Tests.Store;

/// <summary>Base for tests that need a fresh database with every shipped migration applied, removed after each test.</summary>
public abstract class MigratedDatabaseTests
{
    private TempDatabase? _database;

    internal TempDatabase Database => _database ?? throw new InvalidOperationException("The database exists only while a test runs.");

    [SetUp]
    public async Task CreateDatabaseAsync()
    {
        _database = new TempDatabase();
        await _database.MigrateAsync(CancellationToken.None);
    }

    [TearDown]
    public void DeleteDatabase() => _database?.Dispose();
}
