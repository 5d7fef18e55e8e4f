using System.Text.Json;

namespace CallTracker.Benchmarks;

/// <summary>A throw-away service folder: appsettings.json, routing.json and a tracking.json with one site and a pool of the given size.</summary>
internal sealed class ServiceFolder : IDisposable
{
    public const string Site = "shop";
    public const string Origin = "https://shop.example";
    public const string OverflowNumber = "74950000009";

    public ServiceFolder(int poolSize, int holdMinutes)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "calltracker-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Write("appsettings.json", new
        {
            Ari = new { Url = "http://127.0.0.1:9/", Username = "bench", Password = "bench", AppName = "calltracker" },
            HttpApi = new { Urls = "http://127.0.0.1:0" },
            Store = new { DatabasePath = "data/calltracker.db" },
        });
        Write("routing.json", new
        {
            Routing = new
            {
                DefaultRoute = "sales",
                Managers = new[] { new { Endpoint = "PJSIP/101", Name = "Anna" } },
                Routes = new[] { new { Name = "sales", Targets = new[] { new { Endpoint = "PJSIP/101", RingSeconds = 20 } } } },
            },
        });
        Write("tracking.json", new
        {
            Tracking = new
            {
                HoldMinutes = holdMinutes,
                PingSeconds = 30,
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
        });
    }

    public string Path { get; }

    public static string PoolNumber(int index) => $"7800{index:D7}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }

    private void Write(string name, object content) =>
        File.WriteAllText(System.IO.Path.Combine(Path, name), JsonSerializer.Serialize(content));
}
