using System.Text.Json;
using CallTracker.Pbx.Hosting;

namespace CallTracker.Benchmarks;

/// <summary>
/// A throw-away service folder holding every file in <see cref="SettingsFiles.Required"/>: the benchmarks' own
/// appsettings.json, routing.json and a tracking.json with one site and a pool of the given size; the shipped copy of any other.
/// </summary>
internal sealed class ServiceFolder : IDisposable
{
    public const string Site = "shop";
    public const string Origin = "https://shop.example";
    public const string OverflowNumber = "74950000009";
    public const string AriUsername = "bench";
    public const string AriPassword = "bench";
    public const string AriApp = "calltracker";

    /// <summary>For the service in-process, with no Asterisk: ARI points at the discard port and is never reached.</summary>
    public ServiceFolder(int poolSize, int holdMinutes)
        : this(new Dictionary<string, string>
        {
            [SettingsFiles.AppSettings] = JsonSerializer.Serialize(AppSettings(new Uri("http://127.0.0.1:9/"))),
            [SettingsFiles.Routing] = JsonSerializer.Serialize(Routing()),
            [SettingsFiles.Tracking] = JsonSerializer.Serialize(Tracking(poolSize, holdMinutes)),
        })
    {
    }

    /// <summary>
    /// For the service run as its own process against the ARI at <paramref name="ari"/>, with <paramref name="routing"/>
    /// as routing.json, no voice menus (the shipped ones name routes it may not have), and the nlog.config the executable will not start without: the shipped one, writing its files
    /// into this folder rather than beside the benchmarks' binaries, where the service's own folder would be.
    /// </summary>
    public ServiceFolder(Uri ari, object routing)
        : this(new Dictionary<string, string>
        {
            [SettingsFiles.AppSettings] = JsonSerializer.Serialize(AppSettings(ari)),
            [SettingsFiles.Routing] = JsonSerializer.Serialize(routing),
            [SettingsFiles.Menus] = JsonSerializer.Serialize(new { Ivr = new { Language = "en", Menus = new { } } }),
            [SettingsFiles.Tracking] = JsonSerializer.Serialize(Tracking(poolSize: 1, holdMinutes: 30)),
        })
    {
        var logging = File.ReadAllText(Shipped(SettingsFiles.NLogConfig)).Replace("${basedir}", Path, StringComparison.Ordinal);
        File.WriteAllText(System.IO.Path.Combine(Path, SettingsFiles.NLogConfig), logging);
    }

    private ServiceFolder(Dictionary<string, string> own)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "calltracker-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var file in SettingsFiles.Required)
        {
            var target = System.IO.Path.Combine(Path, file);
            if (own.TryGetValue(file, out var content))
            {
                File.WriteAllText(target, content);
            }
            else
            {
                File.Copy(Shipped(file), target);
            }
        }
    }

    public string Path { get; }

    public static string PoolNumber(int index) => $"7800{index:D7}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }

    /// <summary>The copy the service ships, which the build puts beside the benchmarks too.</summary>
    private static string Shipped(string file)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, file);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{file} is a settings file the service requires, but {AppContext.BaseDirectory} has no shipped copy of it: ship it from CallTracker.Pbx.csproj with CopyToOutputDirectory, or write it in {nameof(ServiceFolder)}.");
    }

    private static object AppSettings(Uri ari) => new
    {
        Ari = new { Url = ari.ToString(), Username = AriUsername, Password = AriPassword, AppName = AriApp },
        HttpApi = new { Urls = "http://127.0.0.1:0" },
        Store = new { DatabasePath = "data/calltracker.db" },
    };

    private static object Routing() => new
    {
        Routing = new
        {
            DefaultRoute = "sales",
            Managers = new[] { new { Endpoint = "PJSIP/101", Name = "Anna" } },
            Routes = new[] { new { Name = "sales", Targets = new[] { new { Endpoint = "PJSIP/101", RingSeconds = 20 } } } },
        },
    };

    /// <summary>The header the benchmark's requests carry their simulated visitor's address in.</summary>
    public const string VisitorAddressHeader = "X-Forwarded-For";

    private static object Tracking(int poolSize, int holdMinutes) => new
    {
        Tracking = new
        {
            HoldMinutes = holdMinutes,
            PingSeconds = 30,

            // The load comes from one loopback client standing for many visitors, as behind a reverse proxy: each request
            // names its visitor's address, so the per-client limit applies per visitor and the site limit does not bind.
            Limits = new { SessionStartsPerSitePerMinute = 1_000_000, ClientAddressHeader = VisitorAddressHeader },
            Sites = new[]
            {
                new
                {
                    Name = Site,
                    AllowedOrigins = new[] { Origin },
                    DefaultNumber = "74950000001",
                    OverflowNumber,
                    Pools = new[] { new { Name = "paid", Numbers = Enumerable.Range(0, poolSize).Select(PoolNumber).ToArray() } },
                    Rules = new[] { new { Channel = "paid", Pool = "paid" } },
                },
            },
        },
    };
}
