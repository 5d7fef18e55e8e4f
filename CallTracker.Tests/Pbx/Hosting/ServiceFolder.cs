using CallTracker.Tests.Pbx.Web.Admin;

namespace CallTracker.Tests.Pbx.Hosting;

/// <summary>A temporary service folder holding the configuration files the host reads at start-up.</summary>
internal sealed class ServiceFolder : IDisposable
{
    public const string ValidRouting = """
        {
          "Routing": {
            "DefaultRoute": "sales",
            "Managers": [ { "Endpoint": "PJSIP/101", "Name": "Anna" }, { "Endpoint": "PJSIP/102", "Name": "Boris" } ],
            "Routes": [ { "Name": "sales", "Targets": [ { "Endpoint": "PJSIP/101", "RingSeconds": 20 }, { "Endpoint": "PJSIP/102", "RingSeconds": 20 } ] } ],
            "TrackingNumbers": [ { "Number": "74950000001", "Route": "sales" } ]
          }
        }
        """;

    public const string NoMenus = """{ "Ivr": { "Language": "en", "Menus": {} } }""";

    /// <summary>Site "shop": paid traffic gets one of three pool numbers, Google organic and Kazakhstan a static number each.</summary>
    public const string ValidTracking = """
        {
          "Tracking": {
            "HoldMinutes": 30,
            "PingSeconds": 30,
            "CountryHeader": "CF-IPCountry",
            "StaticNumbers": [
              { "Number": "+7 495 000-00-02", "Source": "Billboard", "Channel": "outdoor" },
              { "Number": "+7 495 000-00-04", "Source": "google", "Channel": "organic" },
              { "Number": "+7 727 000-00-01", "Source": "Kazakhstan", "Channel": "geo" }
            ],
            "Sites": [
              {
                "Name": "shop",
                "AllowedOrigins": [ "https://shop.example" ],
                "DefaultNumber": "+7 (495) 000-00-01",
                "OverflowNumber": "+7 (495) 000-00-09",
                "Pools": [ { "Name": "paid", "Numbers": [ "74950000011", "74950000012", "74950000013" ] } ],
                "Rules": [
                  { "Countries": [ "KZ" ], "Number": "77270000001" },
                  { "Channel": "paid", "Pool": "paid" },
                  { "Channel": "organic", "ReferrerHost": "google", "Number": "74950000004" }
                ]
              }
            ]
          }
        }
        """;

    public ServiceFolder(string? appSettings = null, string? routing = ValidRouting, string ariUrl = "http://127.0.0.1:9/", string? tracking = ValidTracking, string menus = NoMenus)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "calltracker-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        File.WriteAllText(System.IO.Path.Combine(Path, "appsettings.json"), appSettings ?? AppSettings(ariUrl));
        File.WriteAllText(System.IO.Path.Combine(Path, "menus.json"), menus);
        if (routing is not null)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, "routing.json"), routing);
        }

        if (tracking is not null)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, "tracking.json"), tracking);
        }
    }

    public string Path { get; }

    public string DatabasePath => System.IO.Path.Combine(Path, "data", "calltracker.db");

    public static string AppSettings(string ariUrl, string password = "secret") => $$"""
        {
          "Ari": { "Url": "{{ariUrl}}", "Username": "calltracker", "Password": "{{password}}", "AppName": "calltracker", "ReconnectMinDelayMs": 50, "ReconnectMaxDelayMs": 200 },
          "HttpApi": { "Urls": "http://127.0.0.1:0" },
          "Admin": { "PasswordHash": "{{AdminCredentials.PasswordHash}}", "TokenHashes": [ "{{AdminCredentials.TokenHash}}" ] },
          "Store": { "DatabasePath": "data/calltracker.db" }
        }
        """;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
