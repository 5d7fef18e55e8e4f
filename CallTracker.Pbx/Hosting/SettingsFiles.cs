namespace CallTracker.Pbx.Hosting;

/// <summary>
/// The settings files the service reads from its folder. The host, the benchmarks and the tests' service folders all
/// build from <see cref="Required"/>, so a settings file added here reaches every one of them.
/// </summary>
public static class SettingsFiles
{
    public const string AppSettings = "appsettings.json";

    public const string Routing = "routing.json";

    public const string Menus = "menus.json";

    public const string Tracking = "tracking.json";

    /// <summary>
    /// The executable refuses to start without it (<see cref="SettingsCheck"/>); a host built from a folder without one,
    /// as in tests, logs through the nlog.config in the working directory.
    /// </summary>
    public const string NLogConfig = "nlog.config";

    /// <summary>The JSON files start-up refuses to go without, in the order they are layered (a later file wins on a shared key).</summary>
    public static IReadOnlyList<string> Required { get; } = [AppSettings, Routing, Menus, Tracking];
}
