using CallTracker.Store.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CallTracker.Tests.Store.Schema;

public sealed class MigrationRunnerTests
{
    // The shipped migrations, so these tests keep passing as the store gains new ones.
    private static readonly string[] Shipped =
        [.. new EmbeddedMigrationSource().GetScripts().Select(s => s.FileName).Order(StringComparer.Ordinal)];

    private static readonly long[] ShippedVersions = [.. Enumerable.Range(1, Shipped.Length).Select(v => (long)v)];

    private static readonly string Next = $"{Shipped.Length + 1:D4}";

    private static readonly MigrationScript AddNotes = new(
        $"{Next}_call_notes.sql", "ALTER TABLE calls ADD COLUMN note TEXT NULL;");

    private static readonly DateTimeOffset Now = new(2025, 3, 4, 10, 11, 12, 345, TimeSpan.Zero);

    private TempDatabase _database;
    private FakeTimeProvider _time;

    [SetUp]
    public void SetUp()
    {
        _database = new TempDatabase();
        _time = new FakeTimeProvider(Now);
    }

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test, CancelAfter(10_000)]
    public async Task RunAsync_on_empty_database_creates_all_tables_in_wal_mode(CancellationToken cancellationToken)
    {
        var applied = await CreateSut().RunAsync(cancellationToken);

        Assert.That(applied, Is.EqualTo(Shipped));
        Assert.That(await TablesAsync(cancellationToken),
            Is.SupersetOf((string[])["calls", "call_events", "managers", "schema_migrations"]));
        Assert.That(await _database.QueryAsync<string>("PRAGMA journal_mode;", cancellationToken),
            Is.EqualTo<string[]>(["wal"]));
    }

    [Test, CancelAfter(10_000)]
    public async Task RunAsync_records_each_migration_with_its_name_and_time(CancellationToken cancellationToken)
    {
        await CreateSut().RunAsync(cancellationToken);

        var history = await ReadHistoryAsync(cancellationToken);
        Assert.That(history, Has.Count.EqualTo(Shipped.Length));
        Assert.That(history[0], Is.EqualTo((1L, "0001_calls.sql", Now.ToUnixTimeMilliseconds())));
    }

    [Test, CancelAfter(10_000)]
    public async Task RunAsync_a_second_time_applies_nothing(CancellationToken cancellationToken)
    {
        await CreateSut().RunAsync(cancellationToken);
        var historyBefore = await ReadHistoryAsync(cancellationToken);
        _time.Advance(TimeSpan.FromHours(1));

        var applied = await CreateSut().RunAsync(cancellationToken);

        Assert.That(applied, Is.Empty);
        Assert.That(await ReadHistoryAsync(cancellationToken), Is.EqualTo(historyBefore));
    }

    [Test, CancelAfter(10_000)]
    public async Task RunAsync_on_database_at_the_shipped_version_applies_only_the_newer_migration(CancellationToken cancellationToken)
    {
        await CreateSut().RunAsync(cancellationToken);

        var applied = await CreateSut(ListMigrationSource.EmbeddedAnd(AddNotes)).RunAsync(cancellationToken);

        Assert.That(applied, Is.EqualTo<string[]>([AddNotes.FileName]));
        Assert.That(await ColumnsOfCallsAsync(cancellationToken), Does.Contain("note"));
        var versions = (await ReadHistoryAsync(cancellationToken)).Select(h => h.Version);
        Assert.That(versions, Is.EqualTo<long[]>([.. ShippedVersions, Shipped.Length + 1]));
    }

    // The later cases follow a statement returning columns, after which ExecuteNonQuery loses the error.
    [TestCase("CREATE TABLE half_done (a INTEGER); INSERT INTO nowhere VALUES (1);")]
    [TestCase("SELECT 1; CREATE TABLE half_done (a INTEGER); INSERT INTO nowhere VALUES (1);")]
    [TestCase("ALTER TABLE calls ADD COLUMN note TEXT; CREATE TABLE half_done (a INTEGER); INSERT INTO nowhere VALUES (1);")]
    [CancelAfter(10_000)]
    public async Task RunAsync_with_failing_migration_rolls_it_back_and_names_file_and_error(
        string sql, CancellationToken cancellationToken)
    {
        await CreateSut().RunAsync(cancellationToken);
        var broken = new MigrationScript($"{Next}_broken.sql", sql);

        var ex = Assert.ThrowsAsync<InvalidOperationException>(
            () => CreateSut(ListMigrationSource.EmbeddedAnd(broken)).RunAsync(cancellationToken));

        Assert.That(ex.Message, Does.Contain(broken.FileName).And.Contain("no such table: nowhere"));
        Assert.That(await TablesAsync(cancellationToken), Does.Not.Contain("half_done"));
        Assert.That(await ColumnsOfCallsAsync(cancellationToken), Does.Not.Contain("note"));
        var versions = (await ReadHistoryAsync(cancellationToken)).Select(h => h.Version);
        Assert.That(versions, Is.EqualTo(ShippedVersions));
    }

    [Test, CancelAfter(10_000)]
    public async Task RunAsync_on_database_newer_than_its_migrations_refuses_naming_the_version(CancellationToken cancellationToken)
    {
        await CreateSut(ListMigrationSource.EmbeddedAnd(AddNotes)).RunAsync(cancellationToken);

        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => CreateSut().RunAsync(cancellationToken));

        Assert.That(ex.Message, Does.Contain($"schema version {Shipped.Length + 1}").And.Contain(_database.FilePath));
    }

    [Test, CancelAfter(10_000)]
    public async Task RunAsync_logs_each_applied_migration_with_its_file_name(CancellationToken cancellationToken)
    {
        var logger = new Mock<ILogger<MigrationRunner>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        var sut = new MigrationRunner(
            _database.ConnectionFactory, ListMigrationSource.EmbeddedAnd(AddNotes), _time, logger.Object);

        await sut.RunAsync(cancellationToken);

        foreach (var file in (string[])[.. Shipped, AddNotes.FileName])
        {
#pragma warning disable CA1873 // Moq only reads this expression; nothing is logged here.
            logger.Verify(
                l => l.Log(
                    LogLevel.Information,
                    It.IsAny<EventId>(),
                    It.Is<It.IsAnyType>((state, _) => LogState.Has(state, "MigrationFile", file)),
                    null,
                    It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
                Times.Once);
#pragma warning restore CA1873
        }
    }

    private MigrationRunner CreateSut(IMigrationSource? source = null) =>
        new(_database.ConnectionFactory,
            source ?? new EmbeddedMigrationSource(),
            _time,
            NullLogger<MigrationRunner>.Instance);

    private Task<List<(long Version, string Name, long AppliedAt)>> ReadHistoryAsync(CancellationToken cancellationToken) =>
        _database.QueryAsync<(long, string, long)>(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version;", cancellationToken);

    private Task<List<string>> TablesAsync(CancellationToken cancellationToken) =>
        _database.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table';", cancellationToken);

    private Task<List<string>> ColumnsOfCallsAsync(CancellationToken cancellationToken) =>
        _database.QueryAsync<string>("SELECT name FROM pragma_table_info('calls');", cancellationToken);
}
