using System.Diagnostics;
using System.Runtime.Versioning;

namespace CallTracker.Tests.Pbx.Hosting;

/// <summary>
/// install.ps1 run for real under PowerShell 7 on Linux, into a temporary prefix: install, upgrade keeping edited
/// settings, -WhatIf, uninstall. Only systemctl is a stub (containers have no systemd); the service account, owners
/// and modes are real. Needs root and pwsh (.ci/run installs it into .tools/ as the PowerShell .NET tool).
/// </summary>
public sealed class InstallScriptTests
{
    [Test]
    [CancelAfter(900_000)]
    [UnsupportedOSPlatform("windows")]
    public async Task Install_upgrade_whatif_and_uninstall_on_linux(CancellationToken cancellationToken)
    {
        var repo = RepositoryRoot();
        var pwsh = FindPwsh(repo);
        Assume.That(OperatingSystem.IsLinux() && Environment.UserName == "root", "install.ps1 is tested as root on Linux");
        Assume.That(pwsh, Is.Not.Null, "pwsh is not installed: .ci/run installs it with dotnet tool install PowerShell --version 7.6.9 --tool-path .tools");
        var temp = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "calltracker-install-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var user = "ctit" + Guid.NewGuid().ToString("N")[..6];
        var install = Path.Combine(temp, "opt");
        var unitDir = Path.Combine(temp, "systemd");
        var systemctlLog = Path.Combine(temp, "systemctl.log");
        WriteSystemctlStub(temp, systemctlLog);
        string[] common = ["-InstallDir", install, "-UnitDir", unitDir, "-ServiceUser", user];
        try
        {
            var installed = await RunAsync(pwsh!, repo, temp, [.. common], cancellationToken);
            var unit = await File.ReadAllTextAsync(Path.Combine(unitDir, "calltracker.service"), cancellationToken);
            Assert.Multiple(async () =>
            {
                Assert.That(installed.ExitCode, Is.Zero, installed.Output);
                Assert.That(unit, Does.Contain($"User={user}").And.Contain($"Group={user}").And.Contain($"ExecStart={install}/CallTracker.Pbx").And.Contain("RestartPreventExitStatus=2"));
                Assert.That(await StatAsync(Path.Combine(install, "data"), cancellationToken), Is.EqualTo($"{user}:{user} 750"));
                Assert.That(await StatAsync(Path.Combine(install, "logs"), cancellationToken), Is.EqualTo($"{user}:{user} 750"));
                Assert.That(await StatAsync(Path.Combine(install, "appsettings.json"), cancellationToken), Is.EqualTo($"root:{user} 640"));
                Assert.That(await File.ReadAllTextAsync(systemctlLog, cancellationToken), Does.Contain("enable --now calltracker.service"));
            });

            var tracking = Path.Combine(install, "tracking.json");
            var edited = (await File.ReadAllTextAsync(tracking, cancellationToken)) + Environment.NewLine + "// edited by the admin";
            await File.WriteAllTextAsync(tracking, edited, cancellationToken);
            var upgraded = await RunAsync(pwsh!, repo, temp, [.. common], cancellationToken);
            Assert.That(upgraded.ExitCode, Is.Zero, upgraded.Output);
            Assert.That(await File.ReadAllTextAsync(tracking, cancellationToken), Is.EqualTo(edited));
            Assert.That(Directory.GetFiles(Path.Combine(install, "config-backup"), "tracking.json", SearchOption.AllDirectories), Is.Not.Empty);

            var whatIf = await RunAsync(pwsh!, repo, temp, [.. common, "-Uninstall", "-WhatIf"], cancellationToken);
            Assert.That(whatIf.Output, Does.Contain("What if: stop and remove systemd unit"));
            Assert.That(File.Exists(Path.Combine(unitDir, "calltracker.service")), Is.True, "-WhatIf changes nothing");

            var removed = await RunAsync(pwsh!, repo, temp, [.. common, "-Uninstall"], cancellationToken);
            Assert.That(removed.ExitCode, Is.Zero, removed.Output);
            Assert.That(File.Exists(Path.Combine(unitDir, "calltracker.service")), Is.False);
            Assert.That(await File.ReadAllTextAsync(tracking, cancellationToken), Is.EqualTo(edited), "uninstall keeps the settings");
            Assert.That(await File.ReadAllTextAsync(systemctlLog, cancellationToken), Does.Contain("disable --now calltracker.service"));
        }
        finally
        {
            using var userdel = Process.Start("userdel", user);
            await userdel.WaitForExitAsync(CancellationToken.None);
            Directory.Delete(temp, recursive: true);
        }
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CallTracker.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests run from outside the repository.");
    }

    internal static string? FindPwsh(string repo)
    {
        var local = Path.Combine(repo, ".tools", "pwsh");
        return File.Exists(local)
            ? local
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "pwsh")).FirstOrDefault(File.Exists);
    }

    /// <summary>Records each call; "is-active" answers "inactive", as for a service that is not running.</summary>
    [UnsupportedOSPlatform("windows")]
    private static void WriteSystemctlStub(string folder, string log)
    {
        var stub = Path.Combine(folder, "bin", "systemctl");
        Directory.CreateDirectory(Path.GetDirectoryName(stub)!);
        File.WriteAllText(stub, $"#!/bin/sh\necho \"$*\" >> '{log}'\n[ \"$1\" = is-active ] && exit 3\nexit 0\n");
        File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string pwsh, string repo, string temp, string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(pwsh) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repo };
        foreach (var arg in (string[])["-NoProfile", "-NonInteractive", "-File", Path.Combine(repo, "install.ps1"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PATH"] = Path.Combine(temp, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await errors);
    }

    private static async Task<string> StatAsync(string path, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("stat", ["-c", "%U:%G %a", path]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return output.Trim();
    }
}
