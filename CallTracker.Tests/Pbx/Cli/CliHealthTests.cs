using System.Diagnostics;
using CallTracker.Pbx.Ari;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Pbx.Web.Admin;

namespace CallTracker.Tests.Pbx.Cli;

/// <summary><c>calltracker health</c> run as the real executable against a running service, as a systemd unit or a monitor would.</summary>
[CancelAfter(60_000)]
public sealed class CliHealthTests
{
    [Test]
    public async Task Health_prints_the_table_and_exits_0_while_the_service_is_fine(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);

        var (code, output, error) = await RunAsync(["health", "--url", pbx.ServiceAddress.ToString()], AdminCredentials.Token, cancellationToken);

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Match(@"^status\s+ok\n").And.Match(@"ari\s+Connected since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\n"));
        Assert.That(output, Does.Match(@"database\s+ok \(schema version \d+\)\n").And.Match(@"active calls\s+0\n").And.Match(@"settings version\s+1\n").And.Match(@"webhooks\s+0 pending, 0 given up\n"));
    }

    [Test]
    public async Task Health_reads_the_token_from_the_file_given(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        var tokenFile = Path.Combine(pbx.Folder.Path, "token");
        await File.WriteAllTextAsync(tokenFile, AdminCredentials.Token + "\n", cancellationToken);

        var (code, output, error) = await RunAsync(["health", "--url", pbx.ServiceAddress.ToString(), "--token-file", tokenFile], null, cancellationToken);

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Match(@"^status\s+ok\n"));
    }

    [Test]
    public async Task Health_exits_1_naming_the_problem_while_ari_is_down(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.AcceptsEventSockets = false;
        await pbx.Asterisk.DropEventSocketsAsync(cancellationToken);
        await Eventually.ThatAsync(() => pbx.EventSocket.State != AriConnectionState.Connected, "the service notices the drop", cancellationToken);

        // No --url: the address comes from HttpApi:Urls, where a wildcard host is asked on loopback.
        var urls = pbx.ServiceAddress.ToString().Replace("127.0.0.1", "0.0.0.0", StringComparison.Ordinal);
        var (code, output, error) = await RunAsync(["health"], AdminCredentials.Token, cancellationToken, urls);

        Assert.That(code, Is.EqualTo(1), error);
        Assert.That(output, Does.Match(@"^status\s+degraded\n").And.Contain("- The ARI event socket is"));
    }

    [Test]
    public async Task Health_exits_2_when_the_service_cannot_be_reached_or_refuses_without_a_token(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);

        var down = await RunAsync(["health", "--url", "http://127.0.0.1:9/"], AdminCredentials.Token, cancellationToken);
        var noToken = await RunAsync(["health", "--url", pbx.ServiceAddress.ToString()], null, cancellationToken);
        var noFile = await RunAsync(["health", "--url", pbx.ServiceAddress.ToString(), "--token-file", "/nonexistent/token"], null, cancellationToken);

        Assert.That((down.Code, noToken.Code, noFile.Code), Is.EqualTo((2, 2, 2)));
        Assert.That(down.Error, Does.Contain("cannot be reached"));
        Assert.That(noToken.Error, Does.Contain("wants an admin token").And.Contain("CALLTRACKER_TOKEN"));
        Assert.That(noFile.Error, Does.StartWith("calltracker: --token-file /nonexistent/token cannot be read"));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string? token, CancellationToken cancellationToken, string? urls = null)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "CallTracker.Pbx.dll");
        var start = new ProcessStartInfo("dotnet", [executable, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment.Remove("CALLTRACKER_TOKEN");
        if (token is not null)
        {
            start.Environment["CALLTRACKER_TOKEN"] = token;
        }

        if (urls is not null)
        {
            start.Environment["CALLTRACKER_HttpApi__Urls"] = urls;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
