using CallTracker.Pbx.Cli;
using CallTracker.Pbx.Web.Health;

namespace CallTracker.Tests.Pbx.Cli;

public sealed class HealthTableTests
{
    private static readonly HealthReport Report = new(
        HealthReport.Ok, [], "Connected", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), 1, null, null, "ok", null, 6, 0, 0, 1);

    [Test]
    public void Webhook_backlog_shows_pending_with_the_oldest_and_the_given_up()
    {
        var table = HealthTable.Write(Report with { WebhooksPending = 12, WebhooksOldestPendingAt = new DateTimeOffset(2026, 12, 3, 8, 15, 0, TimeSpan.Zero), WebhooksFailed = 2 });

        Assert.That(table, Does.Match(@"\nwebhooks\s+12 pending \(oldest from 2026-12-03 08:15:00 UTC\), 2 given up\n"));
    }

    [Test]
    public void Webhook_backlog_the_service_could_not_read_says_so()
    {
        Assert.That(HealthTable.Write(Report), Does.Match(@"\nwebhooks\s+unknown \(the outbox could not be read\)\n"));
    }
}
