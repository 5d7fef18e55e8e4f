using System.Globalization;

namespace CallTracker.Pbx.Routing;

/// <summary>A parsed <see cref="ScheduleOptions"/>: tells whether an instant falls in business hours.</summary>
public sealed class BusinessSchedule
{
    private readonly TimeZoneInfo zone;
    private readonly Dictionary<DayOfWeek, List<(TimeOnly From, TimeOnly To)>> hours;
    private readonly HashSet<DateOnly> holidays;

    private BusinessSchedule(string name, TimeZoneInfo zone, Dictionary<DayOfWeek, List<(TimeOnly, TimeOnly)>> hours, HashSet<DateOnly> holidays, OffHoursOptions offHours)
    {
        Name = name;
        this.zone = zone;
        this.hours = hours;
        this.holidays = holidays;
        OffHours = offHours;
    }

    public string Name { get; }

    public OffHoursOptions OffHours { get; }

    public bool IsOpen(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        if (holidays.Contains(DateOnly.FromDateTime(local.DateTime)))
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(local.DateTime);
        return hours.TryGetValue(local.DayOfWeek, out var ranges) && ranges.Any(r => time >= r.From && time < r.To);
    }

    /// <summary>Parses the options; every problem is added to <paramref name="errors"/> naming <paramref name="key"/>.</summary>
    public static BusinessSchedule? TryParse(ScheduleOptions options, string key, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        TimeZoneInfo? zone = null;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Add($"routing.json: {key}:TimeZone '{options.TimeZone}' is not a known time zone (use an IANA id such as Europe/Moscow).");
        }

        var hours = new Dictionary<DayOfWeek, List<(TimeOnly, TimeOnly)>>();
        foreach (var (day, text) in options.Hours)
        {
            if (!Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var weekday) || int.TryParse(day, CultureInfo.InvariantCulture, out _))
            {
                errors.Add($"routing.json: {key}:Hours:{day} is not a weekday name (Monday ... Sunday).");
                continue;
            }

            hours[weekday] = ParseRanges(text, $"{key}:Hours:{day}", errors);
        }

        var holidays = new HashSet<DateOnly>();
        for (var i = 0; i < options.Holidays.Count; i++)
        {
            if (DateOnly.TryParseExact(options.Holidays[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                holidays.Add(date);
            }
            else
            {
                errors.Add($"routing.json: {key}:Holidays[{i}] '{options.Holidays[i]}' is not a date like 2026-12-31.");
            }
        }

        return errors.Count == before ? new BusinessSchedule(options.Name, zone!, hours, holidays, options.OffHours) : null;
    }

    private static List<(TimeOnly, TimeOnly)> ParseRanges(string text, string key, List<string> errors)
    {
        var ranges = new List<(TimeOnly, TimeOnly)>();
        foreach (var range in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = range.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length == 2
                && TimeOnly.TryParseExact(ends[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                && (TimeOnly.TryParseExact(ends[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to) || ends[1] == "24:00")
                && (ends[1] == "24:00" || to > from))
            {
                ranges.Add((from, ends[1] == "24:00" ? TimeOnly.MaxValue : to));
            }
            else
            {
                errors.Add($"routing.json: {key} range '{range}' is not like 09:00-18:00 (start before end).");
            }
        }

        return ranges;
    }
}
