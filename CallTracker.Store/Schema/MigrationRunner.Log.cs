using Microsoft.Extensions.Logging;

namespace CallTracker.Store.Schema;

internal sealed partial class MigrationRunner
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Applied migration {MigrationFile} (schema version {Version}) in {ElapsedMilliseconds:F0} ms")]
    private partial void LogApplied(string migrationFile, int version, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Database {DatabasePath} is at schema version {Version}; {AppliedCount} migration(s) applied now")]
    private partial void LogUpToDate(string databasePath, int version, int appliedCount);
}
