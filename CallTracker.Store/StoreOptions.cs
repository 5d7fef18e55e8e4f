namespace CallTracker.Store;

/// <summary>Bound from the "Store" section of appsettings.json.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>SQLite file; a relative path is taken from the service's own folder.</summary>
    public string DatabasePath { get; set; } = "data/calltracker.db";
}
