using System.Globalization;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Reports;

/// <summary>
/// A report's parameters as both the HTTP query string and the CLI's --options spell them (from, to, by, touch,
/// filters), read in one place so the two give the same answers and the same errors.
/// </summary>
public sealed class ReportRequest(Func<string, string?> value)
{
    public const int DefaultDays = 7;

    public List<string> Errors { get; } = [];

    public (DateOnly First, DateOnly Last) Days(DateOnly today)
    {
        var last = Date("to") ?? today;
        var first = Date("from") ?? last.AddDays(1 - DefaultDays);
        if (first > last)
        {
            Errors.Add($"from ({first:yyyy-MM-dd}) is after to ({last:yyyy-MM-dd}).");
        }

        return (first, last);
    }

    public ReportDimension Dimension()
    {
        var text = value("by") ?? "source";
        var parsed = Enum.GetValues<ReportDimension>().Where(d => string.Equals(Name(d), text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (parsed.Count == 0)
        {
            Errors.Add($"by '{text}' is not a report; use one of {string.Join(", ", Enum.GetValues<ReportDimension>().Select(Name))}.");
            return ReportDimension.Source;
        }

        return parsed[0];
    }

    public ReportTouch Touch()
    {
        var text = value("touch") ?? "last";
        if (!Enum.TryParse<ReportTouch>(text, ignoreCase: true, out var touch) || !Enum.IsDefined(touch))
        {
            Errors.Add($"touch '{text}' must be first or last.");
        }

        return touch;
    }

    public bool Flag(string key)
    {
        var text = value(key);
        if (text is null)
        {
            return false;
        }

        if (!bool.TryParse(text, out var flag))
        {
            Errors.Add($"{key} '{text}' must be true or false.");
        }

        return flag;
    }

    public int? Number(string key, int min, int max)
    {
        var text = value(key);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Errors.Add($"{key} '{text}' must be a whole number from {min} to {max}.");
            return null;
        }

        return number;
    }

    public string? Text(string key) => value(key) is { Length: > 0 } text ? text : null;

    /// <summary>The spelling used in URLs and on the command line: landing-page, tag-category.</summary>
    public static string Name(ReportDimension dimension) => dimension switch
    {
        ReportDimension.LandingPage => "landing-page",
        ReportDimension.TagCategory => "tag-category",
        _ => dimension.ToString().ToLowerInvariant(),
    };

    public ReportQuery ToReportQuery(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var (from, to) = Range(calendar);
        return new ReportQuery(from, to, Dimension(), Touch());
    }

    public MissedCallQuery ToMissedQuery(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var (from, to) = Range(calendar);
        return new MissedCallQuery(from, to)
        {
            ExcludeOffHours = Flag("excludeOffHours"),
            ExcludeOutgoing = Flag("excludeOutgoing"),
            MinWaitSeconds = Number("minWait", 0, 3600),
            Manager = Text("manager"),
            Limit = Number("limit", 1, 5000) ?? 500,
        };
    }

    public CallLogQuery ToCallLogQuery(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var (from, to) = Range(calendar);
        var callType = Text("type");
        if (callType is not null && !CallTypeNames.Contains(callType))
        {
            Errors.Add($"type '{callType}' is not a call type; use one of {string.Join(", ", CallTypeNames)}.");
            callType = null;
        }

        return new CallLogQuery(from, to)
        {
            Status = Text("status"),
            Source = Text("source"),
            Channel = Text("channel"),
            Manager = Text("manager"),
            CallType = callType,
            Caller = Text("caller"),
            Limit = Number("limit", 1, 5000) ?? 100,
            Offset = Number("offset", 0, int.MaxValue) ?? 0,
        };
    }

    public static readonly IReadOnlyList<string> CallTypeNames = ["unique", "target", "repeat", "first-target", "unique-target"];

    public (DateTimeOffset From, DateTimeOffset To) Range(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var (first, last) = Days(calendar.Today);
        return calendar.Range(first, last);
    }

    private DateOnly? Date(string key)
    {
        var text = value(key);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Errors.Add($"{key} '{text}' is not a date like 2025-03-31.");
            return null;
        }

        return date;
    }
}
