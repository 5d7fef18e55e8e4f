using CallTracker.Pbx.Web;
using CallTracker.Pbx.Web.Admin;
using CallTracker.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NLog.Extensions.Logging;

namespace CallTracker.Pbx.Hosting;

/// <summary>Builds the service: configuration files beside the executable, NLog, Windows service or systemd integration, HTTP API.</summary>
public static partial class CallTrackerHost
{
    public const string ServiceName = "CallTracker";

    /// <param name="contentRoot">Folder holding appsettings.json, routing.json, menus.json, tracking.json and nlog.config; the executable's folder when null, so a service finds them whatever its working directory.</param>
    public static WebApplication Build(string[] args, string? contentRoot = null, Action<WebApplicationBuilder>? configure = null)
    {
        var root = contentRoot ?? AppContext.BaseDirectory;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args, ContentRootPath = root });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();

        AddJsonFile(builder.Configuration, root, "appsettings.json");
        AddJsonFile(builder.Configuration, root, "routing.json");
        AddJsonFile(builder.Configuration, root, "menus.json");
        AddJsonFile(builder.Configuration, root, "tracking.json");
        builder.Configuration.AddEnvironmentVariables("CALLTRACKER_");
        builder.Configuration.AddCommandLine(args);
        AnchorDatabasePath(builder.Configuration, root);

        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        var nlogConfig = Path.Combine(root, "nlog.config");
        builder.Logging.AddNLog(File.Exists(nlogConfig) ? nlogConfig : "nlog.config");

        builder.Services.AddWindowsService(o => o.ServiceName = ServiceName);
        builder.Services.AddSystemd();
        builder.Services.AddCallTrackerPbx(builder.Configuration);
        builder.WebHost.UseUrls(builder.Configuration[$"{HttpApiOptions.SectionName}:Urls"] ?? new HttpApiOptions().Urls);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseAdminAccess();
        app.MapAdminSignIn();
        app.MapCallTrackerApi();
        return app;
    }

    /// <summary>Runs until stopped; a configuration problem ends start-up with exit code 2 and a message naming the file and key.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (ConfigurationFileException e)
        {
            await Console.Error.WriteLineAsync("CallTracker cannot start: " + e.Message);
            return 2;
        }

        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (ConfigurationProblems(e) is { Count: > 0 } failures)
        {
            var problems = string.Join(Environment.NewLine, failures.Select(f => "  - " + f));
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(ServiceName);
            LogInvalidConfiguration(logger, Environment.NewLine, problems);
            await Console.Error.WriteLineAsync("CallTracker cannot start, the configuration is invalid:" + Environment.NewLine + problems);
            return 2;
        }
        finally
        {
            NLog.LogManager.Shutdown();
        }
    }

    /// <summary>Every validation failure start-up hit: one options class throws its own exception, several throw them together.</summary>
    public static IReadOnlyList<string> ConfigurationProblems(Exception exception) => exception switch
    {
        Microsoft.Extensions.Options.OptionsValidationException e => e.Failures.ToList(),
        AggregateException e => e.InnerExceptions.SelectMany(ConfigurationProblems).ToList(),
        _ => [],
    };

    /// <summary>A relative database path means "beside the configuration files", wherever the process was started from.</summary>
    private static void AnchorDatabasePath(ConfigurationManager configuration, string root)
    {
        var key = $"{StoreOptions.SectionName}:{nameof(StoreOptions.DatabasePath)}";
        if (configuration[key] is { Length: > 0 } path && !Path.IsPathRooted(path))
        {
            configuration[key] = Path.GetFullPath(path, root);
        }
    }

    private static void AddJsonFile(ConfigurationManager configuration, string root, string name)
    {
        var path = Path.Combine(root, name);
        if (!File.Exists(path))
        {
            throw new ConfigurationFileException($"{name} is missing from {root}; the service reads its settings from there.");
        }

        try
        {
            configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
        }
        catch (InvalidDataException e)
        {
            throw new ConfigurationFileException($"{name} ({path}) is not valid JSON: {e.InnerException?.Message ?? e.Message}", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "CallTracker cannot start, the configuration is invalid:{NewLine}{Problems}")]
    private static partial void LogInvalidConfiguration(ILogger logger, string newLine, string problems);
}
