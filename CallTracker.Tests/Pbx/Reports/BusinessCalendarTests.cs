using CallTracker.Pbx.Reports;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Reports;

public sealed class BusinessCalendarTests
{
    [Test]
    public void A_report_day_runs_from_midnight_to_midnight_in_the_business_time_zone()
    {
        var sut = CreateSut("Europe/Moscow", new DateTimeOffset(2025, 3, 3, 22, 30, 0, TimeSpan.Zero));

        var (from, to) = sut.Range(new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 9));

        Assert.That(from, Is.EqualTo(new DateTimeOffset(2025, 3, 2, 21, 0, 0, TimeSpan.Zero)));
        Assert.That(to, Is.EqualTo(new DateTimeOffset(2025, 3, 9, 21, 0, 0, TimeSpan.Zero)));
        Assert.That(sut.Today, Is.EqualTo(new DateOnly(2025, 3, 4)), "22:30 UTC is already the next day in Moscow");
    }

    [Test]
    public void A_day_that_loses_an_hour_to_daylight_saving_is_23_hours_long()
    {
        var sut = CreateSut("Europe/Berlin", DateTimeOffset.UnixEpoch);

        var (from, to) = sut.Range(new DateOnly(2025, 3, 30), new DateOnly(2025, 3, 30));

        Assert.That(to - from, Is.EqualTo(TimeSpan.FromHours(23)));
    }

    internal static BusinessCalendar CreateSut(string zone, DateTimeOffset now) =>
        new(Options.Create(new ReportOptions { TimeZone = zone }), new FakeTimeProvider(now));
}
