using System.Security.Cryptography;
using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;
using CallTracker.Ivr.Tagging;
using CallTracker.Pbx.Routing;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CallTracker.Pbx.Hosting;

/// <summary>
/// Watches routing.json, menus.json and tracking.json and applies a valid edit to new calls and visits without a
/// restart. An edit with any problem is rejected as a whole, with the same list start-up would give, and the
/// settings in force stay. Calls in progress keep the settings they started with (<see cref="Calls.CallServices.ForNewCall"/>).
/// </summary>
public sealed partial class SettingsReloader(
    SettingsSource source,
    LiveSettings live,
    TrackingDirectory tracking,
    NumberPoolAllocator pools,
    IManagerRepository managers,
    IPromptCatalog prompts,
    TimeProvider time,
    ILogger<SettingsReloader> logger) : IHostedService, IDisposable
{
    /// <summary>Editors save in several writes; the reload waits for them to settle.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    private static readonly string[] Watched = ["routing.json", "menus.json", "tracking.json"];

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private PhysicalFileProvider? files;
    private IDisposable? watch;
    private ITimer? pending;
    private string applied = "";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        applied = Fingerprint();
        files = new PhysicalFileProvider(source.Folder);
        watch = ChangeToken.OnChange(() => new CompositeChangeToken(Watched.Select(files.Watch).ToList()), OnFileChanged);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await stopping.CancelAsync();

    /// <summary>Reads, checks and applies the files as they are now; returns the problems that made it reject them.</summary>
    public async Task<IReadOnlyList<string>> ReloadAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Watchers also fire for a save that changed nothing (and for some that never happened): only content counts.
            var fingerprint = Fingerprint();
            if (fingerprint == applied)
            {
                return [];
            }

            var problems = Check(out var routing, out var ivr, out var trackingOptions);
            if (problems.Count > 0)
            {
                LogRejected(logger, Environment.NewLine, string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
                return problems;
            }

            tracking.Reload(trackingOptions);
            pools.Reload(tracking.Pools, time.GetUtcNow());
            var snapshot = live.Publish(routing, ivr);
            foreach (var manager in routing.Managers)
            {
                await managers.UpsertAsync(new ManagerRow { Endpoint = manager.Endpoint, Name = manager.Name }, cancellationToken);
            }

            applied = fingerprint;
            LogReloaded(logger, snapshot.Version);
            return [];
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        watch?.Dispose();
        pending?.Dispose();
        files?.Dispose();
        stopping.Dispose();
        gate.Dispose();
    }

    private void OnFileChanged()
    {
        pending?.Dispose();
        pending = time.CreateTimer(_ => _ = ReloadInBackgroundAsync(), null, Settle, Timeout.InfiniteTimeSpan);
    }

    private async Task ReloadInBackgroundAsync()
    {
        try
        {
            await ReloadAsync(stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(logger, e.Message);
        }
    }

    /// <summary>A hash of the watched files as they are now; a file that cannot be read counts as changed.</summary>
    private string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Watched)
        {
            var path = Path.Combine(source.Folder, file);
            hash.AppendData(File.Exists(path) ? File.ReadAllBytes(path) : [0xFF]);
            hash.AppendData([0]);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The start-up checks, on fresh copies of the files: shapes and types first, then every validator.</summary>
    private List<string> Check(out RoutingOptions routing, out IvrOptions ivr, out TrackingOptions trackingOptions)
    {
        routing = new();
        ivr = new();
        trackingOptions = new();
        var check = SettingsCheck.Run(source.Folder);
        if (check.Problems.Count > 0)
        {
            return check.Problems;
        }

        var builder = new ConfigurationBuilder();
        foreach (var file in SettingsFiles.Required)
        {
            builder.AddJsonFile(Path.Combine(source.Folder, file), optional: false, reloadOnChange: false);
        }

        var configuration = builder.AddEnvironmentVariables("CALLTRACKER_").AddCommandLine([.. source.Args]).Build();
        routing = configuration.GetSection(RoutingOptions.SectionName).Get<RoutingOptions>() ?? new();
        ivr = configuration.GetSection(IvrOptions.SectionName).Get<IvrOptions>() ?? new();
        trackingOptions = configuration.GetSection(TrackingOptions.SectionName).Get<TrackingOptions>() ?? new();
        var results = new[]
        {
            new RoutingOptionsValidator().Validate(null, routing),
            new RouteMenuValidator(configuration).Validate(null, routing),
            new MenuOptionsValidator(new ConfiguredRouteNames(configuration), prompts).Validate(null, ivr),
            new TaggingOptionsValidator(prompts).Validate(null, ivr),
            new TrackingOptionsValidator().Validate(null, trackingOptions),
        };
        return results.Where(r => r.Failed).SelectMany(r => r.Failures ?? []).ToList();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings reloaded (version {Version}): routing.json, menus.json and tracking.json apply to new calls and visits; calls in progress keep theirs")]
    private static partial void LogReloaded(ILogger logger, int version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Settings change rejected, the settings in force stay:{NewLine}{Problems}")]
    private static partial void LogRejected(ILogger logger, string newLine, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settings change could not be read, the settings in force stay: {Problem}")]
    private static partial void LogUnreadable(ILogger logger, string problem);
}
