using System.Diagnostics;
using CallTracker.Pbx.Cli;
using CallTracker.Pbx.Web.Admin;
using CallTracker.Store;
using CallTracker.Store.Schema;
using CallTracker.Tests.Pbx.Hosting;
using CallTracker.Tests.Store.Repositories;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static CallTracker.Tests.Store.Repositories.ReportSeed;

namespace CallTracker.Tests.Pbx.Cli;

/// <summary>The CLI over a service folder whose store holds a seeded week.</summary>
[CancelAfter(30_000)]
public sealed class CallTrackerCliTests
{
    private const string Week = "--from 2025-03-03 --to 2025-03-09";
    private ServiceFolder folder;
    private ReportSeed seed;

    [SetUp]
    public async Task SetUp()
    {
        folder = new ServiceFolder();
        var factory = new SqliteConnectionFactory(Options.Create(new StoreOptions { DatabasePath = folder.DatabasePath }));
        await new MigrationRunner(factory, new EmbeddedMigrationSource(), TimeProvider.System, NullLogger<MigrationRunner>.Instance).RunAsync(CancellationToken.None);
        seed = new ReportSeed(factory);
    }

    [TearDown]
    public void TearDown() => folder.Dispose();

    [Test]
    public async Task Report_by_source_prints_the_same_lines_as_the_api(CancellationToken cancellationToken)
    {
        await seed.CallAsync(cancellationToken, source: "google", talkSeconds: 90);
        await seed.CallAsync(cancellationToken, source: "google", status: "Missed");
        await seed.CallAsync(cancellationToken, source: "yandex");

        var (code, output, _) = await RunAsync($"report source {Week}", cancellationToken);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(lines[0], Does.StartWith("source  calls  answered  not answered  unique  target"));
        Assert.That(lines[2], Does.Match(@"^google\s+2\s+1\s+1\s"));
        Assert.That(lines[3], Does.Match(@"^yandex\s+1\s+1\s+0\s"));
    }

    [Test]
    public async Task Report_missed_prints_the_filter_steps_then_the_calls_left(CancellationToken cancellationToken)
    {
        await seed.CallAsync(cancellationToken, status: "Missed", offHours: true);
        await seed.CallAsync(cancellationToken, status: "Missed", caller: "79165550000", waitSeconds: 30);

        var (code, output, _) = await RunAsync($"report missed {Week} --exclude-off-hours --min-wait 5", cancellationToken);

        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Match(@"all missed\s+2").And.Match(@"exclude off-hours\s+1").And.Match(@"exclude waits under 5 s\s+1"));
        Assert.That(output, Does.Contain("79165550000"));
    }

    [Test]
    public async Task Calls_as_csv_is_the_call_log_excel_safe(CancellationToken cancellationToken)
    {
        await seed.CallAsync(cancellationToken, source: "google", campaign: "=cmd|' /C calc'!A0", caller: "79161112233");

        var (code, output, _) = await RunAsync($"calls {Week} --source google --csv", cancellationToken);

        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.StartWith("\uFEFFarrived,caller,number"));
        Assert.That(output, Does.Contain(",'=cmd|' /C calc'!A0,"));
    }

    [Test]
    public async Task Reclassify_recomputes_every_finished_call(CancellationToken cancellationToken)
    {
        await seed.CallAsync(cancellationToken);
        await seed.CallAsync(cancellationToken);

        var (code, output, _) = await RunAsync("reclassify", cancellationToken);

        Assert.That((code, output.Trim()), Is.EqualTo((0, "Call types recomputed for 2 call(s).")));
    }

    [TestCase("report colour", "by 'colour' is not a report")]
    [TestCase("calls --form 2025-03-01", "--form is not an option")]
    [TestCase("calls --type golden", "type 'golden' is not a call type")]
    public async Task A_bad_command_line_exits_2_naming_the_problem(string args, string problem, CancellationToken cancellationToken)
    {
        var (code, _, error) = await RunAsync(args, cancellationToken);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain(problem));
    }

    [Test]
    public async Task Hash_password_prints_a_hash_the_service_accepts(CancellationToken cancellationToken)
    {
        using var output = new StringWriter();

        var code = await CallTrackerCli.RunAsync(["hash-password"], output, TextWriter.Null, folder.Path, new StringReader("s3cret\n"), cancellationToken);

        Assert.That(code, Is.EqualTo(0));
        Assert.That(SecretHash.VerifyPassword("s3cret", output.ToString().Trim()), Is.True);
    }

    [Test]
    public async Task The_real_executable_runs_a_report_and_exits_2_on_a_bad_one(CancellationToken cancellationToken)
    {
        await seed.CallAsync(cancellationToken, source: "google");
        var executable = Path.Combine(AppContext.BaseDirectory, "CallTracker.Pbx.dll");
        var good = await RunExecutableAsync(executable, ["report", "source", "--from", "2025-03-03", "--to", "2025-03-09"], cancellationToken);
        var bad = await RunExecutableAsync(executable, ["report", "colour"], cancellationToken);

        Assert.That((good.Code, bad.Code), Is.EqualTo((0, 2)), good.Error);
        Assert.That(good.Output, Does.Match(@"google\s+1"));
        Assert.That(bad.Error, Does.Contain("by 'colour' is not a report"));
    }

    /// <summary>Runs the published executable with the settings shipped beside it, pointed at this test's store.</summary>
    private async Task<(int Code, string Output, string Error)> RunExecutableAsync(string executable, string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", [executable, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["CALLTRACKER_Store__DatabasePath"] = folder.DatabasePath;
        start.Environment["CALLTRACKER_Reports__TimeZone"] = "UTC";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string args, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CallTrackerCli.RunAsync(args.Split(' '), output, error, folder.Path, cancellationToken: cancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
