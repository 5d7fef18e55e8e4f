using CallTracker.Store.Schema;
using Microsoft.Extensions.Logging.Abstractions;

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

        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => CreateSut().StartAsync(cancellationToken));

        Assert.That(ex.Message, Does.Contain(_database.FilePath).And.Contain("not a database"));
    }

    [Test, CancelAfter(10_000)]
    public async Task StartAsync_on_a_new_database_applies_the_migrations(CancellationToken cancellationToken)
    {
        await CreateSut().StartAsync(cancellationToken);

        var appliedLater = await _database.MigrateAsync(cancellationToken);
        Assert.That(appliedLater, Is.Empty);
    }

    private StoreMigrationService CreateSut() =>
        new(new MigrationRunner(
                _database.ConnectionFactory,
                new EmbeddedMigrationSource(),
                TimeProvider.System,
                NullLogger<MigrationRunner>.Instance),
            _database.ConnectionFactory);
}
