using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CallTracker.Store.Schema;

/// <summary>
/// Start-up checks on the database file: one that vanished or was emptied after use is refused (pool numbers held
/// by visitors would be handed out again), and a damaged one is refused with what <c>PRAGMA quick_check</c> found.
/// A marker file beside the database records that it was in use.
/// </summary>
internal sealed class DatabaseGuard(SqliteConnectionFactory connectionFactory, IOptions<StoreOptions> options)
{
    public const string MarkerSuffix = ".in-use";

    private const string MarkerText =
        "CallTracker keeps this file beside its database. While it exists, a missing or empty database stops start-up,\n" +
        "because pool numbers held by visitors would be handed out again. Restore the database from a backup, or set\n" +
        "Store:AllowNewDatabase to true in appsettings.json to start afresh on purpose.\n";

    private const int MaxReportedProblems = 10;

    public string MarkerPath => connectionFactory.DatabasePath + MarkerSuffix;

    /// <summary>Before the database is opened (opening creates a missing file).</summary>
    public void CheckPresent()
    {
        var database = new FileInfo(connectionFactory.DatabasePath);
        if (File.Exists(MarkerPath) && (!database.Exists || database.Length == 0) && !options.Value.AllowNewDatabase)
        {
            throw Lost(database.Exists ? "is empty" : "is missing");
        }
    }

    /// <summary>After opening, before migrating: a database with no schema after use was emptied; a damaged one is refused.</summary>
    public async Task CheckContentAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var problems = (await connection.QueryAsync<string>(new CommandDefinition("PRAGMA quick_check;", cancellationToken: cancellationToken))).AsList();
        if (problems is not ["ok"])
        {
            throw new StoreStartupException(
                $"The database {connectionFactory.DatabasePath} is damaged (PRAGMA quick_check): {string.Join("; ", problems.Take(MaxReportedProblems))}. " +
                "Stop the service and restore the database from a backup (or recover it with the sqlite3 tool's .recover).");
        }

        var tables = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations';", cancellationToken: cancellationToken));
        if (tables == 0 && File.Exists(MarkerPath) && !options.Value.AllowNewDatabase)
        {
            throw Lost("has no tables");
        }
    }

    /// <summary>Once the database is migrated: from now on, losing it stops start-up.</summary>
    public async Task MarkInUseAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(MarkerPath))
        {
            await File.WriteAllTextAsync(MarkerPath, MarkerText, cancellationToken);
        }
    }

    private StoreStartupException Lost(string what) => new(
        $"The database {connectionFactory.DatabasePath} {what}, but it was in use before ({MarkerPath} says so). " +
        "Starting on a new one would hand out pool numbers visitors still hold and lose the call history. " +
        "Restore it from a backup, or set Store:AllowNewDatabase to true in appsettings.json to start afresh on purpose.");
}
