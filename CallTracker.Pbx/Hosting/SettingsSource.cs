namespace CallTracker.Pbx.Hosting;

/// <summary>Where the service read its settings: the folder with the files, and the command line laid over them.</summary>
public sealed record SettingsSource(string Folder, IReadOnlyList<string> Args);
