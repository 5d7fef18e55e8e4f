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

    /// <param name="contentRoot">Folder holding the <see cref="SettingsFiles"/>; the executable's folder when null, so a service finds them whatever its working directory.</param>
    public static WebApplication Build(string[] args, string? contentRoot = null, Action<WebApplicationBuilder>? configure = null)
    {
        var root = contentRoot ?? AppContext.BaseDirectory;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args, ContentRootPath = root });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();

        foreach (var file in SettingsFiles.Required)
        {
            AddJsonFile(builder.Configuration, root, file);
        }

        builder.Configuration.AddEnvironmentVariables("CALLTRACKER_");
        builder.Configuration.AddCommandLine(args);
        AnchorDatabasePath(builder.Configuration, root);

        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // RunAsync insists on the folder's own nlog.config; tests building a host from a folder without one log as the executable's does.
        var nlogConfig = Path.Combine(root, SettingsFiles.NLogConfig);
        builder.Logging.AddNLog(File.Exists(nlogConfig) ? nlogConfig : SettingsFiles.NLogConfig);

        builder.Services.AddWindowsService(o => o.ServiceName = ServiceName);
        builder.Services.AddSystemd();
        builder.Services.AddSingleton(new SettingsSource(root, args));
        builder.Services.AddCallTrackerPbx(builder.Configuration);
        builder.WebHost.UseUrls(builder.Configuration[$"{HttpApiOptions.SectionName}:Urls"] ?? new HttpApiOptions().Urls);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseRateLimiter();
        app.UseAdminAccess();
        app.MapAdminSignIn();
        app.MapCallTrackerApi();
        return app;
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
}
