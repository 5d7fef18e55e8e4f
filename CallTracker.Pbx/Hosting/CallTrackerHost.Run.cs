using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NLog.Extensions.Logging;

namespace CallTracker.Pbx.Hosting;

public static partial class CallTrackerHost
{
    /// <summary>Exit code for anything the admin must fix (settings, port, database); systemd does not restart on it (see deploy/).</summary>
    public const int ConfigurationExitCode = 2;

    /// <summary>Command-line option naming the folder with the settings files, instead of the executable's folder.</summary>
    public const string SettingsOption = "--settings";

    /// <summary>
    /// Runs until stopped. Whatever stops start-up (settings, port, database) ends it with exit code 2 and one list of
    /// every problem, each naming the file and key, on stderr and in the log.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var (folder, hostArgs) = SettingsFolder(args);
        var check = SettingsCheck.Run(folder);
        using var startupLog = check.NLogUsable ? LoggerFactory.Create(b => b.AddNLog(check.NLogPath)) : NullLoggerFactory.Instance;
        var logger = startupLog.CreateLogger(ServiceName);
        try
        {
            if (!check.CanBuild)
            {
                return await FailAsync(logger, check.Problems);
            }

            await using var app = Build(hostArgs, folder);
            var problems = check.Problems.Concat(ValidateSections(app.Services, check.BrokenSections)).ToList();
            if (problems.Count > 0)
            {
                return await FailAsync(logger, problems);
            }

            if (OperatingSystem.IsWindows())
            {
                WindowsServiceExitCode.SetWhenAWorkerFails(app.Services);
            }

            try
            {
                await app.StartAsync();
            }
            catch (Exception e) when (StartupProblem(e, app) is { } problem)
            {
                return await FailAsync(logger, [problem]);
            }

            await app.WaitForShutdownAsync();
            if (FailedWorker(app.Services) is { } failure)
            {
                LogCrashed(logger, failure);
                await Console.Error.WriteLineAsync("CallTracker stopped because a background task failed: " + failure);
                return 1;
            }

            return 0;
        }
        catch (Exception e)
        {
            LogCrashed(logger, e);
            await Console.Error.WriteLineAsync("CallTracker stopped on an unexpected error: " + e);
            return 1;
        }
        finally
        {
            NLog.LogManager.Shutdown();
        }
    }

    /// <summary>
    /// The failure of a background service that stopped the host. .NET 10's host stops when one throws, and then returns
    /// as if asked to stop (dotnet/runtime#67146): without this the service would exit 0 and not be restarted.
    /// </summary>
    internal static Exception? FailedWorker(IServiceProvider services) =>
        services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Select(s => s.ExecuteTask)
            .FirstOrDefault(t => t is { IsFaulted: true })?.Exception?.GetBaseException();

    private static (string Folder, string[] HostArgs) SettingsFolder(string[] args)
    {
        var at = Array.FindIndex(args, a => a == SettingsOption);
        return at >= 0 && at + 1 < args.Length
            ? (Path.GetFullPath(args[at + 1]), [.. args[..at], .. args[(at + 2)..]])
            : (AppContext.BaseDirectory, args);
    }

    /// <summary>Reads each well-formed section's options, which runs its validators; problems of all sections come back together.</summary>
    private static List<string> ValidateSections(IServiceProvider services, HashSet<string> brokenSections)
    {
        var problems = new List<string>();
        foreach (var section in ConfiguredSections.All.Where(s => !brokenSections.Contains(s.Name)))
        {
            try
            {
                section.Resolve(services);
            }
            catch (OptionsValidationException e)
            {
                problems.AddRange(e.Failures);
            }
            catch (InvalidOperationException e)
            {
                // Only environment variables and the command line reach the binder unchecked.
                problems.Add($"{section.Name} (environment or command line): {e.Message}");
            }
        }

        return problems;
    }

    private static string? StartupProblem(Exception e, WebApplication app) => e switch
    {
        IOException when e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase) =>
            $"appsettings.json: {HttpApiOptions.SectionName}:Urls '{app.Configuration[$"{HttpApiOptions.SectionName}:Urls"]}' cannot be listened on: {e.Message}",
        CallTracker.Store.StoreStartupException => e.Message,
        AggregateException { InnerExceptions: [var only] } => StartupProblem(only, app),
        _ when ConfigurationProblems(e) is { Count: > 0 } failures => string.Join(Environment.NewLine + "  - ", failures),
        _ => null,
    };

    private static async Task<int> FailAsync(ILogger logger, IReadOnlyList<string> problems)
    {
        var list = string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
        LogCannotStart(logger, Environment.NewLine, list);
        await Console.Error.WriteLineAsync("CallTracker cannot start:" + Environment.NewLine + list);
        return ConfigurationExitCode;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "CallTracker cannot start:{NewLine}{Problems}")]
    private static partial void LogCannotStart(ILogger logger, string newLine, string problems);

    [LoggerMessage(Level = LogLevel.Critical, Message = "CallTracker stopped on an unexpected error")]
    private static partial void LogCrashed(ILogger logger, Exception exception);
}
