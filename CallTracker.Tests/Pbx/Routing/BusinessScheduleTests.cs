using CallTracker.Pbx.Routing;

namespace CallTracker.Tests.Pbx.Routing;

public sealed class BusinessScheduleTests
{
    [TestCase("2026-11-24T06:00:00Z", true, TestName = "Tuesday 09:00 Moscow is open")]
    [TestCase("2026-11-24T05:59:00Z", false, TestName = "Tuesday 08:59 Moscow is closed")]
    [TestCase("2026-11-24T10:30:00Z", false, TestName = "Tuesday 13:30 Moscow is the lunch break")]
    [TestCase("2026-11-24T14:59:00Z", true, TestName = "Tuesday 17:59 Moscow is open")]
    [TestCase("2026-11-24T15:00:00Z", false, TestName = "Tuesday 18:00 Moscow is closed")]
    [TestCase("2026-11-29T08:00:00Z", false, TestName = "Sunday is closed")]
    [TestCase("2026-12-31T08:00:00Z", false, TestName = "A holiday on a weekday is closed")]
    public void Business_hours_are_read_in_the_business_time_zone(string instant, bool open)
    {
        var sut = CreateSut();

        Assert.That(sut.IsOpen(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(open));
    }

    [Test]
    public void Bad_schedule_lists_every_problem_with_its_key()
    {
        var errors = new List<string>();
        var options = new ScheduleOptions
        {
            Name = "office",
            TimeZone = "Mars/Olympus",
            Hours = { ["Funday"] = "09:00-18:00", ["Monday"] = "18:00-09:00" },
            Holidays = { "31.12.2026" },
        };

        var schedule = BusinessSchedule.TryParse(options, "Routing:Schedules[0]", errors);

        Assert.Multiple(() =>
        {
            Assert.That(schedule, Is.Null);
            Assert.That(errors, Has.Some.StartWith("routing.json: Routing:Schedules[0]:TimeZone 'Mars/Olympus' is not a known time zone"));
            Assert.That(errors, Has.Some.StartWith("routing.json: Routing:Schedules[0]:Hours:Funday is not a weekday name"));
            Assert.That(errors, Has.Some.StartWith("routing.json: Routing:Schedules[0]:Hours:Monday range '18:00-09:00'"));
            Assert.That(errors, Has.Some.StartWith("routing.json: Routing:Schedules[0]:Holidays[0] '31.12.2026' is not a date"));
        });
    }

    private static BusinessSchedule CreateSut()
    {
        var errors = new List<string>();
        var options = new ScheduleOptions
        {
            Name = "office",
            TimeZone = "Europe/Moscow",
            Hours =
            {
                ["Monday"] = "09:00-13:00,14:00-18:00",
                ["Tuesday"] = "09:00-13:00,14:00-18:00",
                ["Wednesday"] = "09:00-13:00,14:00-18:00",
                ["Thursday"] = "09:00-13:00,14:00-18:00",
                ["Friday"] = "09:00-13:00,14:00-18:00",
            },
            Holidays = { "2026-12-31" },
        };
        return BusinessSchedule.TryParse(options, "Routing:Schedules[0]", errors) ?? throw new AssertionException(string.Join("; ", errors));
    }
}
