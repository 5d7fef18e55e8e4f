using CallTracker.Pbx.Calls.Journal;
using CallTracker.Pbx.Fallback;
using CallTracker.Pbx.Reports;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CallTracker.Tests.Pbx.Fallback;

// NUnit runs every test on one instance: each test gets its own database, file, clock and log in SetUp.
public sealed class FallbackCallImporterTests
{
    private TempDatabase _database = null!;
    private string _csv = "";
    private Mock<ICallAttribution> _attribution = null!;
    private FakeTimeProvider _time = null!;
    private RecordingLogger<FallbackCallImporter> _logs = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _database = new TempDatabase();
        _csv = Path.Combine(Path.GetTempPath(), "calltracker-tests", Guid.NewGuid().ToString("N") + "-Master.csv");
        _attribution = new Mock<ICallAttribution>();
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));
        _logs = new RecordingLogger<FallbackCallImporter>();
        Directory.CreateDirectory(Path.GetDirectoryName(_csv)!);
        await _database.MigrateAsync(CancellationToken.None);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Only_marked_lines_are_imported_with_their_status_times_caller_and_manager(CancellationToken cancellationToken)
    {
        await WriteAsync(
            CdrLines.Line("1764581400.1"),
            CdrLines.Line("1764581400.2", userField: ""),
            CdrLines.Line("1764581400.3", disposition: "NO ANSWER", dstChannel: "PJSIP/102-0000002b", answer: "", billsec: 0));
        var sut = CreateSut();

        var imported = await sut.ImportAsync(cancellationToken);

        var calls = await _database.QueryAsync<(string Id, string Status, string Caller, string? Name, string Number, string? By, long Talk, long Wait, long Arrived)>(
            "SELECT id, status, caller_number, caller_name, tracking_number, answered_by, talk_seconds, wait_seconds, arrived_at FROM calls ORDER BY id", cancellationToken);
        Assert.That(imported, Is.EqualTo(2));
        Assert.That(calls, Is.EqualTo(new[]
        {
            ("fallback-1764581400.1", "HandledByFallback", "79161112233", (string?)"Smith, John", "74950000001", (string?)"PJSIP/101", 180L, 12L, new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds()),
            ("fallback-1764581400.3", "MissedByFallback", "79161112233", "Smith, John", "74950000001", null, 0L, 192L, new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds()),
        }));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_restart_reading_the_same_file_imports_nothing_twice(CancellationToken cancellationToken)
    {
        await WriteAsync(CdrLines.Line("1764581400.1"), CdrLines.Line("1764581400.2", disposition: "BUSY", answer: "", billsec: 0));
        await CreateSut().ImportAsync(cancellationToken);

        var again = await CreateSut().ImportAsync(cancellationToken);

        var count = await _database.QueryAsync<long>("SELECT COUNT(*) FROM calls", cancellationToken);
        Assert.That((again, count[0]), Is.EqualTo((0, 2L)));
        _attribution.Verify(a => a.DecideAsync(It.IsAny<string>(), "74950000001", It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Voicemail_answering_the_channel_is_not_a_manager_taking_the_call(CancellationToken cancellationToken)
    {
        await WriteAsync(
            CdrLines.Line("1764581400.1", disposition: "NO ANSWER", dstChannel: "PJSIP/101-0000002a", answer: "", billsec: 0),
            CdrLines.Line("1764581400.1", disposition: "ANSWERED", dstChannel: "", answer: "2026-12-01 09:30:31", billsec: 20));

        await CreateSut().ImportAsync(cancellationToken);

        var status = await _database.QueryAsync<string>("SELECT status FROM calls", cancellationToken);
        Assert.That(status, Is.EqualTo(new[] { "MissedByFallback" }));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task An_answered_line_read_after_an_unanswered_one_of_the_same_call_upgrades_it(CancellationToken cancellationToken)
    {
        await WriteAsync(CdrLines.Line("1764581400.1", disposition: "NO ANSWER", dstChannel: "PJSIP/102-0000002b", answer: "", billsec: 0));
        var sut = CreateSut();
        await sut.ImportAsync(cancellationToken);
        await File.AppendAllTextAsync(_csv, CdrLines.Line("1764581400.1") + "\n", cancellationToken);

        var imported = await sut.ImportAsync(cancellationToken);

        var calls = await _database.QueryAsync<(string Status, string By)>("SELECT status, answered_by FROM calls", cancellationToken);
        Assert.That((imported, calls.Single()), Is.EqualTo((1, ("HandledByFallback", "PJSIP/101"))));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_malformed_marked_line_is_logged_once_with_file_and_line_and_the_rest_is_imported(CancellationToken cancellationToken)
    {
        await WriteAsync(CdrLines.Line("1764581400.1"), "\"\",\"791\",\"calltracker-fallback", CdrLines.Line("1764581400.3"));
        var sut = CreateSut();

        var imported = await sut.ImportAsync(cancellationToken);
        await sut.ImportAsync(cancellationToken);

        var warnings = _logs.At(LogLevel.Warning).ToList();
        Assert.That(imported, Is.EqualTo(2));
        Assert.That(warnings, Is.EqualTo(new[] { $"Fallback calls: {_csv} line 2 is skipped: field 3 opens a quote that is never closed" }));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_line_still_being_written_waits_for_its_newline(CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(_csv, CdrLines.Line("1764581400.1") + "\n" + CdrLines.Line("1764581400.2")[..40], cancellationToken);
        var sut = CreateSut();
        var first = await sut.ImportAsync(cancellationToken);
        await File.AppendAllTextAsync(_csv, CdrLines.Line("1764581400.2")[40..] + "\n", cancellationToken);

        var second = await sut.ImportAsync(cancellationToken);

        Assert.That((first, second), Is.EqualTo((1, 1)));
        Assert.That(_logs.Entries.Where(e => e.Level >= LogLevel.Warning), Is.Empty);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_missing_file_is_one_warning_not_a_crash(CancellationToken cancellationToken)
    {
        var sut = CreateSut();

        var imported = await sut.ImportAsync(cancellationToken) + await sut.ImportAsync(cancellationToken);

        Assert.That(imported, Is.Zero);
        Assert.That(_logs.At(LogLevel.Warning), Has.Exactly(1).Contains($"{_csv} does not exist"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task The_service_imports_at_start_up_and_again_after_each_scan_interval(CancellationToken cancellationToken)
    {
        await WriteAsync(CdrLines.Line("1764581400.1"));
        using var sut = CreateSut();
        await sut.StartAsync(cancellationToken);
        await Eventually.ThatAsync(async () => await CountAsync(cancellationToken) == 1, "the start-up pass imported the first call", cancellationToken);
        await File.AppendAllTextAsync(_csv, CdrLines.Line("1764581400.2") + "\n", cancellationToken);

        _time.Advance(TimeSpan.FromMinutes(5));

        await Eventually.ThatAsync(async () => await CountAsync(cancellationToken) == 2, "the next pass imported the new line", cancellationToken);
        await sut.StopAsync(cancellationToken);
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Reports_count_a_fallback_call_a_manager_took_as_answered(CancellationToken cancellationToken)
    {
        await WriteAsync(CdrLines.Line("1764581400.1"), CdrLines.Line("1764581400.2", disposition: "NO ANSWER", answer: "", billsec: 0));
        await CreateSut().ImportAsync(cancellationToken);
        var reports = new SqliteCallReportRepository(_database.ConnectionFactory);

        var rows = await reports.GroupAsync(new ReportQuery(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), ReportDimension.Manager), cancellationToken);

        Assert.That((rows.Sum(r => r.Calls), rows.Sum(r => r.Answered), rows.Sum(r => r.NotAnswered)), Is.EqualTo((2L, 1L, 1L)));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_fallback_call_a_manager_took_is_not_missed_and_can_be_a_target(CancellationToken cancellationToken)
    {
        await WriteAsync(CdrLines.Line("1764581400.1"), CdrLines.Line("1764581400.2", disposition: "NO ANSWER", answer: "", billsec: 0));
        await CreateSut().ImportAsync(cancellationToken);
        var reports = new SqliteCallReportRepository(_database.ConnectionFactory);

        var missed = await reports.MissedAsync(new MissedCallQuery(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero)), cancellationToken);
        var targets = await _database.QueryAsync<(string Id, long Target)>("SELECT id, is_target FROM calls ORDER BY id", cancellationToken);

        Assert.That(missed.Calls.Select(c => c.Id), Is.EqualTo(new[] { "fallback-1764581400.2" }));
        Assert.That(targets, Is.EqualTo(new[] { ("fallback-1764581400.1", 1L), ("fallback-1764581400.2", 0L) }), "180 s of talk passes the default 60 s target");
    }

    private CallTypeClassifier CallTypes() =>
        new(new SqliteCallTypeRepository(_database.ConnectionFactory), Options.Create(new CallTypeOptions()), NullLogger<CallTypeClassifier>.Instance);

    [TearDown]
    public void TearDown()
    {
        _database.Dispose();
        File.Delete(_csv);
    }

    private FallbackCallImporter CreateSut() => new(
        new SqliteCallRepository(_database.ConnectionFactory),
        CallTypes(),
        _attribution.Object,
        new CallJournal(new SqliteCallRepository(_database.ConnectionFactory), new SqliteCallEventRepository(_database.ConnectionFactory), new SqliteCallJournalStore(_database.ConnectionFactory), CallTypes(), _time, NullLogger<CallJournal>.Instance),
        new TestOptionsMonitor(new FallbackCallOptions { CdrCsvPath = _csv }),
        _time,
        _logs);

    private Task WriteAsync(params string[] lines) => File.WriteAllTextAsync(_csv, string.Join("\n", lines) + "\n");

    private async Task<long> CountAsync(CancellationToken cancellationToken) =>
        (await _database.QueryAsync<long>("SELECT COUNT(*) FROM calls", cancellationToken))[0];

    private sealed class TestOptionsMonitor(FallbackCallOptions value) : IOptionsMonitor<FallbackCallOptions>
    {
        public FallbackCallOptions CurrentValue => value;

        public FallbackCallOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<FallbackCallOptions, string?> listener) => null;
    }
}
