using CallTracker.Pbx.Reports;
using CallTracker.Store.Rows;

namespace CallTracker.Benchmarks;

/// <summary>
/// The SQL each report is timed beside in <see cref="ReportBenchmark"/>: the bare query over the table it reads, the
/// plain SQL of the same answer, and the raw SQL over the calls it stood on before the report tables.
/// </summary>
internal static class ReportBaselineSql
{
    public const string Range = "c.arrived_at >= @From AND c.arrived_at < @To";
    public const string FromCalls = $"FROM calls c LEFT JOIN call_attributions a ON a.call_id = c.id WHERE {Range}";

    /// <summary>The one GROUP BY a whole-day report rests on: its dimension's daily totals over the range's days, a plain sum.</summary>
    public static string RawDaily(ReportDimension dimension, ReportTouch touch) =>
        $"SELECT key, status, SUM(calls) FROM report_daily WHERE dimension = '{Dimension(dimension, touch)}' AND day >= @FirstDay AND day < @EndDay GROUP BY key, status;";

    // A range starting and ending mid-day also reads the calls of its two part-days.
    public const string RawEdges = """
        SELECT source, status, COUNT(*) FROM report_calls
        WHERE day IN (@FirstDay - 2, @FirstDay - 1, @EndDay, @EndDay + 1) AND arrived_at >= @From AND arrived_at < @To GROUP BY source, status;
        """;

    /// <summary>What the report computes, as plain SQL over the same tables: every counter summed per line and status, and the tag values.</summary>
    public static string SameDaily(ReportDimension dimension, ReportTouch touch) => $"""
        SELECT key, status, SUM(calls), SUM(unique_calls), SUM(target), SUM(repeat_calls), SUM(first_target), SUM(unique_target), SUM(wait_seconds), SUM(talk_seconds)
        FROM report_daily WHERE dimension = '{Dimension(dimension, touch)}' AND day >= @FirstDay AND day < @EndDay GROUP BY key, status;
        SELECT key, category, SUM(value) FROM report_daily_tags WHERE dimension = '{Dimension(dimension, touch)}' AND day >= @FirstDay AND day < @EndDay GROUP BY key, category;
        """;

    public const string SameEdges = """
        SELECT source, status, COUNT(*), SUM(is_unique), SUM(is_target), SUM(is_repeat), SUM(is_first_target), SUM(is_unique_target), SUM(wait_seconds), SUM(talk_seconds)
        FROM report_calls WHERE day IN (@FirstDay - 2, @FirstDay - 1, @EndDay, @EndDay + 1) AND arrived_at >= @From AND arrived_at < @To GROUP BY source, status;
        SELECT r.source, t.category_name, SUM(t.value) FROM report_calls r JOIN call_tags t ON t.call_id = r.call_id
        WHERE r.day IN (@FirstDay - 2, @FirstDay - 1, @EndDay, @EndDay + 1) AND r.arrived_at >= @From AND r.arrived_at < @To GROUP BY 1, 2;
        """;

    public static string Dimension(ReportDimension dimension, ReportTouch touch) =>
        (touch == ReportTouch.First && dimension is not (ReportDimension.Manager or ReportDimension.TagCategory) ? "first:" : "") + ReportRequest.Name(dimension);

    // Every filter step's count and the page of calls left, as plain SQL over the same report rows.
    public const string RawMissed = """
        SELECT COUNT(*), SUM(off_hours = 0), SUM(off_hours = 0 AND direction <> 'Outbound'),
               SUM(off_hours = 0 AND direction <> 'Outbound' AND wait_seconds >= 5),
               SUM(off_hours = 0 AND direction <> 'Outbound' AND wait_seconds >= 5 AND instr(rang, ',PJSIP/101,') > 0)
        FROM report_calls WHERE missed = 1 AND arrived_at >= @From AND arrived_at < @To;
        SELECT c.*, a.source, a.channel, a.campaign, s.keyword FROM calls c
        LEFT JOIN call_attributions a ON a.call_id = c.id LEFT JOIN tracking_sessions s ON s.id = a.session_id
        WHERE c.id IN (SELECT call_id FROM report_calls WHERE missed = 1 AND arrived_at >= @From AND arrived_at < @To AND off_hours = 0
                       AND direction <> 'Outbound' AND wait_seconds >= 5 AND instr(rang, ',PJSIP/101,') > 0 ORDER BY arrived_at DESC, call_id DESC LIMIT 500);
        """;

    // What the drill-down stood on before the report rows: the bare list query, the manager read from the ringing events.
    public const string BeforeMissed = $"""
        SELECT c.id FROM calls c WHERE c.status NOT IN ('Answered', 'InProgress') AND {Range} AND c.off_hours = 0 AND c.direction <> 'Outbound'
          AND c.wait_seconds >= 5 AND EXISTS (SELECT 1 FROM call_events e WHERE e.call_id = c.id AND e.kind = 'ManagerRinging' AND json_extract(e.detail_json, '$.endpoint') = 'PJSIP/101')
        ORDER BY c.arrived_at DESC LIMIT 500;
        """;

    /// <summary>What the report stood on before the report tables: the same joins and range over the calls, a plain count.</summary>
    public static string BeforeGroup(ReportDimension dimension, ReportTouch touch) => (dimension, touch) switch
    {
        (ReportDimension.Source, ReportTouch.First) => $"SELECT t.first_source, COUNT(*) FROM calls c LEFT JOIN caller_touches t ON t.caller_number = c.caller_number WHERE {Range} GROUP BY 1;",
        (ReportDimension.Source, _) => $"SELECT a.source, COUNT(*) {FromCalls} GROUP BY 1;",
        (ReportDimension.Channel, _) => $"SELECT a.channel, COUNT(*) {FromCalls} GROUP BY 1;",
        (ReportDimension.Campaign, _) => $"SELECT a.campaign, COUNT(*) {FromCalls} GROUP BY 1;",
        (ReportDimension.Keyword, _) => $"SELECT s.keyword, COUNT(*) FROM calls c LEFT JOIN call_attributions a ON a.call_id = c.id LEFT JOIN tracking_sessions s ON s.id = a.session_id WHERE {Range} GROUP BY 1;",
        (ReportDimension.LandingPage, _) => $"SELECT s.landing_url, COUNT(*) FROM calls c LEFT JOIN call_attributions a ON a.call_id = c.id LEFT JOIN tracking_sessions s ON s.id = a.session_id WHERE {Range} GROUP BY 1;",
        (ReportDimension.Manager, _) => $"SELECT c.answered_by, COUNT(*) FROM calls c WHERE {Range} GROUP BY 1;",
        _ => $"SELECT g.category_name, COUNT(*) FROM calls c LEFT JOIN call_tags g ON g.call_id = c.id WHERE {Range} GROUP BY 1;",
    };
}
