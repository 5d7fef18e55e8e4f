using CallTracker.Pbx.Reports;
using CallTracker.Store.Rows;

namespace CallTracker.Tests.Pbx.Reports;

public sealed class ReportRequestTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendarTests.CreateSut("UTC", new DateTimeOffset(2025, 3, 9, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public void Without_dates_a_report_covers_the_last_seven_days_including_today()
    {
        var sut = new ReportRequest(_ => null);

        var query = sut.ToReportQuery(Calendar);

        Assert.That((query.From, query.To), Is.EqualTo((new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero))));
        Assert.That((query.Dimension, query.Touch), Is.EqualTo((ReportDimension.Source, ReportTouch.Last)));
        Assert.That(sut.Errors, Is.Empty);
    }

    [Test]
    public void Every_bad_parameter_is_named_with_what_it_should_be()
    {
        var values = new Dictionary<string, string> { ["from"] = "03/01/2025", ["by"] = "colour", ["touch"] = "middle", ["minWait"] = "-1", ["excludeOffHours"] = "yes" };
        var sut = new ReportRequest(values.GetValueOrDefault);

        sut.ToReportQuery(Calendar);
        sut.ToMissedQuery(Calendar);

        Assert.That(sut.Errors, Has.Some.EqualTo("from '03/01/2025' is not a date like 2025-03-31."));
        Assert.That(sut.Errors, Has.Some.StartWith("by 'colour' is not a report; use one of source, channel, campaign, keyword, landing-page, manager, tag-category"));
        Assert.That(sut.Errors, Has.Some.EqualTo("touch 'middle' must be first or last."));
        Assert.That(sut.Errors, Has.Some.EqualTo("minWait '-1' must be a whole number from 0 to 3600."));
        Assert.That(sut.Errors, Has.Some.EqualTo("excludeOffHours 'yes' must be true or false."));
    }

    [Test]
    public void Filters_are_read_into_the_missed_call_query()
    {
        var values = new Dictionary<string, string> { ["from"] = "2025-03-03", ["to"] = "2025-03-09", ["excludeOffHours"] = "true", ["minWait"] = "5", ["manager"] = "PJSIP/101" };

        var query = new ReportRequest(values.GetValueOrDefault).ToMissedQuery(Calendar);

        Assert.That((query.ExcludeOffHours, query.ExcludeOutgoing, query.MinWaitSeconds, query.Manager), Is.EqualTo((true, false, (int?)5, "PJSIP/101")));
    }
}
