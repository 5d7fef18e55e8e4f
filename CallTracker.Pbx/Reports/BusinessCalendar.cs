using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Reports;

/// <summary>Turns report dates (days in the business's time zone) into UTC instants and back.</summary>
public sealed class BusinessCalendar(IOptions<ReportOptions> options, TimeProvider time)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => Day(time.GetUtcNow());

    public DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>From the start of <paramref name="first"/> to the start of the day after <paramref name="last"/>.</summary>
    public (DateTimeOffset From, DateTimeOffset To) Range(DateOnly first, DateOnly last) => (StartOf(first), StartOf(last.AddDays(1)));

    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);

        // A midnight skipped by a daylight-saving change starts the day at the first minute that exists.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
