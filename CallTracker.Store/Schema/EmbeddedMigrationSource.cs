namespace CallTracker.Store.Schema;

/// <summary>
/// The Schema/Migrations/*.sql files, embedded by the project file: adding a migration is adding a file,
/// numbered one past the last. Each file runs inside the runner's own transaction, so it holds no
/// BEGIN/COMMIT, and no PRAGMA that SQLite ignores inside a transaction (foreign_keys, journal_mode).
/// </summary>
internal sealed class EmbeddedMigrationSource : IMigrationSource
{
    private static readonly string ResourcePrefix = typeof(EmbeddedMigrationSource).Namespace + ".Migrations.";

    public IReadOnlyList<MigrationScript> GetScripts()
    {
        var assembly = typeof(EmbeddedMigrationSource).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => new MigrationScript(name[ResourcePrefix.Length..], Read(assembly, name)))
            .ToList();
    }

    private static string Read(System.Reflection.Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
