using System.Diagnostics;

namespace CallTracker.Tests.Pbx.Hosting;

/// <summary>The real service executable (the build's CallTracker.Pbx.dll) run on a settings folder, as systemd would run it.</summary>
internal sealed record ServiceProcess(int ExitCode, string StandardError)
{
    /// <summary>Runs the service until it exits on its own; a service that keeps running fails the test at the token's deadline.</summary>
    public static async Task<ServiceProcess> RunAsync(string settingsFolder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CallTracker.Pbx.dll"));
        start.ArgumentList.Add("--settings");
        start.ArgumentList.Add(settingsFolder);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await stdout;
        return new ServiceProcess(process.ExitCode, await stderr);
    }
}
