namespace CallTracker.Store.Schema;

/// <summary>Where the migration runner takes its scripts from; the SQL files embedded in this assembly by default.</summary>
public interface IMigrationSource
{
    IReadOnlyList<MigrationScript> GetScripts();
}
