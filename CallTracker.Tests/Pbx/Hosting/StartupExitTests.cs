using System.Net;
using System.Net.Sockets;

namespace CallTracker.Tests.Pbx.Hosting;

/// <summary>Start-up failures as an admin meets them: the real executable, its exit code, stderr and log file.</summary>
public sealed class StartupExitTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task Problems_in_four_files_exit_with_code_2_listing_all_of_them_on_stderr_and_in_the_log(CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder(
            appSettings: ServiceFolder.AppSettings("ftp://asterisk"),
            routing: ServiceFolder.ValidRouting.Replace("\"DefaultRoute\": \"sales\"", "\"DefaultRoute\": \"nowhere\"", StringComparison.Ordinal),
            tracking: ServiceFolder.ValidTracking.Replace("\"HoldMinutes\": 30", "\"HoldMinutes\": 0", StringComparison.Ordinal),
            menus: """{ "Ivr": { "Menus": {}, "Voicemail": { "MaxDurationSeconds": 0 } } }""");

        var run = await ServiceProcess.RunAsync(folder.Path, cancellationToken);

        var expected = new[]
        {
            "appsettings.json: Ari:Url 'ftp://asterisk'",
            "routing.json: Routing:DefaultRoute 'nowhere'",
            "menus.json: Ivr:Voicemail:MaxDurationSeconds 0",
            "tracking.json: Tracking:HoldMinutes 0",
        };
        var log = await File.ReadAllTextAsync(folder.LogPath, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StandardError, Does.StartWith("CallTracker cannot start:"));
            Assert.That(run.StandardError, Does.Not.Contain("Exception").And.Not.Contain("   at "));
            foreach (var problem in expected)
            {
                Assert.That(run.StandardError, Does.Contain("  - " + problem));
                Assert.That(log, Does.Contain("  - " + problem));
            }
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Wrongly_typed_value_and_invalid_log_level_exit_with_code_2_naming_their_keys(CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder(
            appSettings: ServiceFolder.AppSettings("http://127.0.0.1:9/").Replace("\"Store\"", "\"Logging\": { \"LogLevel\": { \"Default\": \"Loud\" } }, \"Store\"", StringComparison.Ordinal),
            tracking: ServiceFolder.ValidTracking.Replace("\"PingSeconds\": 30", "\"PingSeconds\": \"thirty\"", StringComparison.Ordinal));

        var run = await ServiceProcess.RunAsync(folder.Path, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StandardError, Does.Contain("appsettings.json: Logging:LogLevel:Default 'Loud' is not one of Trace, Debug, Information"));
            Assert.That(run.StandardError, Does.Contain("tracking.json: Tracking:PingSeconds 'thirty' is not a whole number."));
            Assert.That(run.StandardError, Does.Not.Contain("Exception"));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Port_already_in_use_exits_with_code_2_naming_HttpApi_Urls(CancellationToken cancellationToken)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var folder = new ServiceFolder(appSettings: ServiceFolder.AppSettings("http://127.0.0.1:9/").Replace("http://127.0.0.1:0", $"http://127.0.0.1:{port}", StringComparison.Ordinal));

        var run = await ServiceProcess.RunAsync(folder.Path, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StandardError, Does.Contain($"appsettings.json: HttpApi:Urls 'http://127.0.0.1:{port}' cannot be listened on").And.Contain("address already in use"));
            Assert.That(run.StandardError, Does.Not.Contain("   at "));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Malformed_json_and_broken_nlog_config_are_reported_together_with_code_2(CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder(routing: "{ \"Routing\": { ");
        folder.Write("nlog.config", "<nlog><targets>");

        var run = await ServiceProcess.RunAsync(folder.Path, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StandardError, Does.Contain("  - routing.json (").And.Contain("is not valid JSON"));
            Assert.That(run.StandardError, Does.Contain("  - nlog.config (").And.Contain("cannot be read"));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task Missing_nlog_config_exits_with_code_2_rather_than_running_without_logs(CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder();
        File.Delete(Path.Combine(folder.Path, "nlog.config"));

        var run = await ServiceProcess.RunAsync(folder.Path, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StandardError, Does.Contain("  - nlog.config is missing from " + folder.Path));
        });
    }

    [Test]
    [CancelAfter(90_000)]
    public async Task A_database_deleted_after_use_exits_with_code_2_telling_how_to_start_afresh(CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder();
        await using (var first = CallTracker.Pbx.Hosting.CallTrackerHost.Build([], folder.Path))
        {
            await first.StartAsync(cancellationToken);
            await first.StopAsync(cancellationToken);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm"])
        {
            File.Delete(folder.DatabasePath + suffix);
        }

        var run = await ServiceProcess.RunAsync(folder.Path, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.StandardError, Does.Contain($"  - The database {folder.DatabasePath} is missing").And.Contain("Store:AllowNewDatabase"));
            Assert.That(File.Exists(folder.DatabasePath), Is.False, "no new database was made");
        });
    }
}
