using CallTracker.Pbx.Reports;
using CallTracker.Store.Rows;

namespace CallTracker.Tests.Pbx.Reports;

public sealed class UtcOffsetTableTests
{
    [Test]
    public void A_zone_always_at_utc_has_no_offsets_to_store()
    {
        Assert.That(UtcOffsetTable.For(TimeZoneInfo.Utc), Is.Empty);
    }

    [Test]
    public void Daylight_saving_changes_are_found_to_the_minute()
    {
        var changes = UtcOffsetTable.For(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

        Assert.That(changes[0], Is.EqualTo(new UtcOffsetChange(DateTimeOffset.UnixEpoch, TimeSpan.FromHours(1))));
        Assert.That(changes, Has.Member(new UtcOffsetChange(new DateTimeOffset(2025, 3, 30, 1, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2))));
        Assert.That(changes, Has.Member(new UtcOffsetChange(new DateTimeOffset(2025, 10, 26, 1, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1))));
        Assert.That(changes.Zip(changes.Skip(1)), Has.All.Matches<(UtcOffsetChange A, UtcOffsetChange B)>(p => p.A.From < p.B.From && p.A.Offset != p.B.Offset));
    }
}
