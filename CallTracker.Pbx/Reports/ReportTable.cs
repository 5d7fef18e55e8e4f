using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Reports;

/// <summary>A report as a plain table, the shape both the CSV export and the CLI print. Cells are text or numbers.</summary>
public sealed record ReportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static ReportTable FromGroups(ReportDimension dimension, IReadOnlyList<ReportGroupRow> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var statuses = groups.SelectMany(g => g.Statuses.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var tags = groups.SelectMany(g => g.TagValues.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        List<string> columns =
        [
            ReportRequest.Name(dimension), "calls", "answered", "not answered", "unique", "target", "repeat", "first-target",
            "unique-target", "avg wait s", "avg talk s", "total talk s", .. statuses, .. tags.Select(t => "tag " + t),
        ];
        var rows = groups.Select(g => (IReadOnlyList<object?>)
        [
            g.Key, g.Calls, g.Answered, g.NotAnswered, g.Unique, g.Target, g.Repeat, g.FirstTarget, g.UniqueTarget,
            g.AverageWaitSeconds, g.AverageTalkSeconds, g.TotalTalkSeconds,
            .. statuses.Select(s => (object?)g.Statuses.GetValueOrDefault(s)),
            .. tags.Select(t => (object?)g.TagValues.GetValueOrDefault(t)),
        ]).ToList();
        return new ReportTable(columns, rows);
    }

    public static ReportTable FromCalls(IReadOnlyList<CallLogRow> calls, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(calendar);
        string[] columns = ["arrived", "caller", "number", "direction", "status", "wait s", "talk s", "manager", "source", "channel", "campaign", "keyword", "types", "id"];
        var rows = calls.Select(c => (IReadOnlyList<object?>)
        [
            TimeZoneInfo.ConvertTime(c.ArrivedAt, calendar.Zone).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            c.CallerNumber, c.TrackingNumber, c.Direction, c.Status, (long)c.WaitSeconds, (long)c.TalkSeconds, c.AnsweredBy,
            c.Source, c.Channel, c.Campaign, c.Keyword, Types(c), c.Id,
        ]).ToList();
        return new ReportTable(columns, rows);
    }

    public static ReportTable FromSteps(IReadOnlyList<MissedCallStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return new ReportTable(["filter", "remaining"], steps.Select(s => (IReadOnlyList<object?>)[s.Filter, s.Remaining]).ToList());
    }

    /// <summary>A cell as text: numbers in invariant culture, at most two decimals.</summary>
    public static string Display(object? value) => value switch
    {
        null => "",
        double number => number.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    public static string Types(CallLogRow call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var names = new List<string>();
        if (call.Unique) names.Add("unique");
        if (call.Target) names.Add("target");
        if (call.Repeat) names.Add("repeat");
        if (call.FirstTarget) names.Add("first-target");
        if (call.UniqueTarget) names.Add("unique-target");
        return string.Join(' ', names);
    }
}
