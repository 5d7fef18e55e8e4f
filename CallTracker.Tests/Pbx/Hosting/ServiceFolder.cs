using CallTracker.Pbx.Hosting;
using CallTracker.Tests.Pbx.Web.Admin;

namespace CallTracker.Tests.Pbx.Hosting;

/// <summary>A temporary service folder holding the settings files the host reads at start-up (<see cref="SettingsFiles.Required"/>).</summary>
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

    /// <param name="routing">Null leaves routing.json out, as does null for <paramref name="tracking"/>.</param>
    public ServiceFolder(string? appSettings = null, string? routing = ValidRouting, string ariUrl = "http://127.0.0.1:9/", string? tracking = ValidTracking, string menus = NoMenus)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "calltracker-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        File.WriteAllText(System.IO.Path.Combine(Path, SettingsFiles.NLogConfig), NLogConfig(LogPath));
        var own = new Dictionary<string, string?>
        {
            [SettingsFiles.AppSettings] = appSettings ?? AppSettings(ariUrl),
            [SettingsFiles.Routing] = routing,
            [SettingsFiles.Menus] = menus,
            [SettingsFiles.Tracking] = tracking,
        };
        foreach (var file in SettingsFiles.Required)
        {
            var target = System.IO.Path.Combine(Path, file);
            if (!own.TryGetValue(file, out var content))
            {
                // A settings file this helper does not know yet: the shipped copy, so adding one does not break every host test.
                File.Copy(System.IO.Path.Combine(AppContext.BaseDirectory, file), target);
            }
            else if (content is not null)
            {
                File.WriteAllText(target, content);
            }
        }
    }

    public string Path { get; }

    /// <summary>The log file the folder's nlog.config writes.</summary>
    public string LogPath => System.IO.Path.Combine(Path, "logs", "calltracker.log");

    public string DatabasePath => System.IO.Path.Combine(Path, "data", "calltracker.db");

    /// <param name="calls">The "Calls" section (deadlines of waits on Asterisk), as JSON; the defaults when null.</param>
    /// <param name="retention">"Store:Retention", as JSON; the defaults when null.</param>
    /// <param name="webhooks">The "Webhooks" section, as JSON; none when null.</param>
    /// <param name="sections">More top-level sections, as JSON members ending in a comma: <c>"Callbacks": { … },</c>.</param>
    public static string AppSettings(string ariUrl, string password = "secret", string? calls = null, string? retention = null, string? webhooks = null, string? sections = null) => $$"""
        {
          "Ari": { "Url": "{{ariUrl}}", "Username": "calltracker", "Password": "{{password}}", "AppName": "calltracker", "ReconnectMinDelayMs": 50, "ReconnectMaxDelayMs": 200 },
          "HttpApi": { "Urls": "http://127.0.0.1:0" },
          {{(calls is null ? "" : "\"Calls\": " + calls + ",")}}
          {{(webhooks is null ? "" : "\"Webhooks\": " + webhooks + ",")}}
          {{sections ?? ""}}
          "Admin": { "PasswordHash": "{{AdminCredentials.PasswordHash}}", "TokenHashes": [ "{{AdminCredentials.TokenHash}}" ] },
          "Store": { "DatabasePath": "data/calltracker.db"{{(retention is null ? "" : ", \"Retention\": " + retention)}} }
        }
        """;

    public static string NLogConfig(string logPath) => $$"""
        <?xml version="1.0" encoding="utf-8" ?>
        <nlog xmlns="http://www.nlog-project.org/schemas/NLog.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <targets><target xsi:type="File" name="file" fileName="{{logPath}}" layout="${level:uppercase=true} ${logger} ${message} ${exception}" /></targets>
          <rules><logger name="*" minlevel="Info" writeTo="file" /></rules>
        </nlog>
        """;

    /// <summary>Replaces one settings file, e.g. to break it.</summary>
    public void Write(string file, string content) => File.WriteAllText(System.IO.Path.Combine(Path, file), content);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
