using CallTracker.Store.Schema;

namespace CallTracker.Tests.Store;

internal sealed class ListMigrationSource : IMigrationSource
{
    private readonly IReadOnlyList<MigrationScript> _scripts;

    public ListMigrationSource(params IEnumerable<MigrationScript> scripts)
    {
        _scripts = scripts.ToList();
    }

    /// <summary>The migrations shipped with the store, followed by <paramref name="newer"/>.</summary>
    public static ListMigrationSource EmbeddedAnd(params IEnumerable<MigrationScript> newer) =>
        new([.. new EmbeddedMigrationSource().GetScripts(), .. newer]);

    public IReadOnlyList<MigrationScript> GetScripts() => _scripts;
}
