using System.Globalization;
using System.Text.RegularExpressions;

namespace CallTracker.Store.Schema;

/// <summary>Orders migration scripts by number and rejects a set that could not be applied the same way everywhere.</summary>
internal static partial class MigrationPlan
{
    public static IReadOnlyList<Migration> From(IEnumerable<MigrationScript> scripts)
    {
        var migrations = scripts.Select(Parse).OrderBy(m => m.Version).ThenBy(m => m.FileName, StringComparer.Ordinal).ToList();

        for (var i = 0; i < migrations.Count; i++)
        {
            var migration = migrations[i];
            if (i > 0 && migration.Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException(
                    $"Migrations {migrations[i - 1].FileName} and {migration.FileName} have the same number {migration.Version:D4}.");
            }

            var expected = i + 1;
            if (migration.Version != expected)
            {
                throw new InvalidOperationException(
                    $"Migration {migration.FileName} has number {migration.Version:D4} where {expected:D4} was expected: numbers run 0001, 0002, ... without gaps.");
            }
        }

        return migrations;
    }

    private static Migration Parse(MigrationScript script)
    {
        var match = FileNamePattern().Match(script.FileName);
        if (!match.Success)
        {
            throw new InvalidOperationException(
                $"Migration file {script.FileName} is not named NNNN_name.sql (e.g. 0002_add_tags.sql).");
        }

        var version = int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return new Migration(version, script.FileName, script.Sql);
    }

    [GeneratedRegex(@"^(?<version>\d{4})_[A-Za-z0-9_]+\.sql$")]
    private static partial Regex FileNamePattern();
}
