using System.Globalization;
using System.Text;
using CallTracker.Pbx.Web.Health;

namespace CallTracker.Pbx.Cli;

/// <summary>A health report as two aligned columns for a terminal; the problems, if any, below.</summary>
internal static class HealthTable
{
    public static string Write(HealthReport report)
    {
        var rows = new List<(string Name, string Value)>
        {
            ("status", report.Status),
            ("ari", Ari(report)),
            ("database", report.Database == "ok" ? $"ok (schema version {report.SchemaVersion})" : $"{report.Database}: {report.DatabaseError}"),
            ("active calls", report.ActiveCalls.ToString(CultureInfo.InvariantCulture)),
            ("dropped events", report.DroppedEvents.ToString(CultureInfo.InvariantCulture)),
            ("settings version", report.SettingsVersion.ToString(CultureInfo.InvariantCulture)),
            ("webhooks", Webhooks(report)),
        };
        var width = rows.Max(r => r.Name.Length);
        var text = new StringBuilder();
        foreach (var (name, value) in rows)
        {
            text.Append(name.PadRight(width)).Append("  ").AppendLine(value);
        }

        foreach (var problem in report.Problems)
        {
            text.Append("- ").AppendLine(problem);
        }

        return text.ToString();
    }

    private static string Webhooks(HealthReport report)
    {
        if (report.WebhooksPending is not { } pending)
        {
            return "unknown (the outbox could not be read)";
        }

        var oldest = report.WebhooksOldestPendingAt is { } at ? $" (oldest from {Utc(at)})" : "";
        return $"{pending} pending{oldest}, {report.WebhooksFailed ?? 0} given up";
    }

    private static string? Utc(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Ari(HealthReport report)
    {
        var at = Utc(report.AriConnectedAt);
        var opens = report.AriOpens > 1 ? $", opened {report.AriOpens} times" : "";
        var drop = report.AriLastDrop is { Length: > 0 } reason ? $": {reason}" : "";
        return (report.Ari, at) switch
        {
            ("Connected", not null) => $"Connected since {at}{opens}",
            (_, not null) => $"{report.Ari} (last connected {at}{opens}){drop}",
            _ => $"{report.Ari} (never connected){drop}",
        };
    }
}
