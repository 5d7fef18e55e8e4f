using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using CallTracker.Pbx.Hosting;

namespace CallTracker.Tests.Pbx.Hosting;

/// <summary>
/// A service that cannot start (settings, exit code 2) must not be restarted for ever: systemd is told not to restart
/// on that code, and Windows, which repeats the last failure action past the end of the list, gets "no action" last.
/// </summary>
public sealed partial class ServiceRestartPolicyTests
{
    [Test]
    public void The_systemd_unit_restarts_on_failure_except_on_the_settings_exit_code()
    {
        var unit = File.ReadAllText(Path.Combine(InstallScriptTests.RepositoryRoot(), "deploy", "calltracker.service"));

        var prevented = PreventedStatus().Match(unit);

        Assert.That(unit, Does.Contain("\nRestart=on-failure\n"));
        Assert.That(prevented.Success, Is.True, "the unit has RestartPreventExitStatus=");
        Assert.That(prevented.Groups[1].Value.Split(' '), Does.Contain(CallTrackerHost.ConfigurationExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// The policy install.ps1 hands to ChangeServiceConfig2, built by PowerShell 7 from deploy/ServiceRecovery.ps1
    /// (its C# is compiled here too, so a typo in it fails on Linux before it reaches a Windows server).
    /// </summary>
    [Test, CancelAfter(120_000)]
    public async Task Windows_restarts_twice_then_takes_no_action_and_forgets_failures_after_a_day(CancellationToken cancellationToken)
    {
        var repo = InstallScriptTests.RepositoryRoot();
        var pwsh = InstallScriptTests.FindPwsh(repo);
        Assume.That(pwsh, Is.Not.Null, "pwsh is not installed: .ci/run installs it with dotnet tool install PowerShell --version 7.6.9 --tool-path .tools");
        var script = $". '{Path.Combine(repo, "deploy", "ServiceRecovery.ps1")}'; " +
            "$p = Get-ServiceRecoveryPolicy; " +
            "[pscustomobject]@{ Policy = $p; ActionSize = [Runtime.InteropServices.Marshal]::SizeOf([type][CallTrackerSetup.ScAction]); Text = Format-ServiceRecoveryPolicy $p } | ConvertTo-Json -Depth 5 -Compress";

        var (exitCode, output) = await RunAsync(pwsh!, script, cancellationToken);

        Assert.That(exitCode, Is.Zero, output);
        using var json = JsonDocument.Parse(output);
        var policy = json.RootElement.GetProperty("Policy");
        var actions = policy.GetProperty("Actions").EnumerateArray().Select(a => (Type: a.GetProperty("Type").GetInt32(), Delay: a.GetProperty("Delay").GetInt32())).ToList();
        Assert.Multiple(() =>
        {
            // SC_ACTION_RESTART is 1, SC_ACTION_NONE is 0; SC_ACTION is two 32-bit fields.
            Assert.That(actions, Is.EqualTo(new[] { (1, 5000), (1, 30000), (0, 0) }));
            Assert.That(policy.GetProperty("ResetSeconds").GetInt32(), Is.EqualTo(86400));
            Assert.That(policy.GetProperty("OnNonCrashFailures").GetBoolean(), Is.True);
            Assert.That(json.RootElement.GetProperty("ActionSize").GetInt32(), Is.EqualTo(8));
            Assert.That(json.RootElement.GetProperty("Text").GetString(), Is.EqualTo(
                "on failure: restart after 5 s, restart after 30 s, then take no action; the count resets after 24 h without failures"));
        });
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string pwsh, string script, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(pwsh, ["-NoProfile", "-NonInteractive", "-Command", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await output).Trim() + await errors);
    }

    [GeneratedRegex(@"^RestartPreventExitStatus=(.+)$", RegexOptions.Multiline)]
    private static partial Regex PreventedStatus();
}
