namespace CallTracker.Store;

/// <summary>Bound from the "Store" section of appsettings.json.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>SQLite file; a relative path is taken from the service's own folder.</summary>
    public string DatabasePath { get; set; } = "data/calltracker.db";

    /// <summary>
    /// Start with a new, empty database even though one was in use here before. Off by default: held pool numbers
    /// would be handed out again and call history would start from nothing, so a lost database stops start-up.
    /// </summary>
    public bool AllowNewDatabase { get; set; }

    public RetentionOptions Retention { get; set; } = new();
}
