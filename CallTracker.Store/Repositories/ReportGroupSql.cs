using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>
/// The statement a grouped report runs: the daily totals of the whole days of its range in the store's calendar, plus
/// the report rows of the calls in the part-days at its ends when there are any; counters per line and status (Kind 0)
/// and tag values per line and category (Kind 1) in one result.
/// </summary>
internal static class ReportGroupSql
{
    // The first whole day and the day after the last, and whether any call falls in a part-day at either end. Such a
    // call is at most two days from them, whatever a clock change does to its day, so four days of the
    // (day, arrived_at) index hold them all.
    public const string Span = """
        SELECT first_day AS Item1, end_day AS Item2, EXISTS (SELECT 1 FROM report_calls r WHERE
               r.day IN (first_day - 2, first_day - 1, end_day, end_day + 1) AND r.arrived_at >= @From AND r.arrived_at < @To) AS Item3
        FROM (SELECT first_day, MAX(first_day, end_day) AS end_day FROM (
            SELECT (@From + COALESCE((SELECT offset_ms FROM report_utc_offsets WHERE from_at <= @From ORDER BY from_at DESC LIMIT 1), 0) + 86399999) / 86400000 AS first_day,
                   (@To + COALESCE((SELECT offset_ms FROM report_utc_offsets WHERE from_at <= @To ORDER BY from_at DESC LIMIT 1), 0)) / 86400000 AS end_day));
        """;

    private const string Ends = "r.day IN (@FirstDay - 2, @FirstDay - 1, @EndDay, @EndDay + 1) AND r.arrived_at >= @From AND r.arrived_at < @To";

    private const string Template = """
        SELECT {key} AS Key, g.Kind, g.Status, g.Calls, g.UniqueCalls, g.Target, g.RepeatCalls, g.FirstTarget, g.UniqueTarget, g.WaitSeconds, g.TalkSeconds, g.Value
        FROM (
            SELECT 0 AS Kind, key, status AS Status, SUM(calls) AS Calls, SUM(unique_calls) AS UniqueCalls, SUM(target) AS Target,
                   SUM(repeat_calls) AS RepeatCalls, SUM(first_target) AS FirstTarget, SUM(unique_target) AS UniqueTarget,
                   SUM(wait_seconds) AS WaitSeconds, SUM(talk_seconds) AS TalkSeconds, 0 AS Value
            FROM (
                SELECT key, status, calls, unique_calls, target, repeat_calls, first_target, unique_target, wait_seconds, talk_seconds
                FROM report_daily WHERE dimension = @Dimension AND day >= @FirstDay AND day < @EndDay{lineEnds})
            GROUP BY key, status HAVING SUM(calls) > 0
            UNION ALL
            SELECT 1, key, category, 0, 0, 0, 0, 0, 0, 0, 0, SUM(value)
            FROM (
                SELECT key, category, tags, value FROM report_daily_tags WHERE dimension = @Dimension AND day >= @FirstDay AND day < @EndDay{tagEnds})
            GROUP BY key, category HAVING SUM(tags) > 0) g
        {join};
        """;

    private const string LineEnds = $$"""

                UNION ALL
                SELECT {lineKey}, r.status, 1, r.is_unique, r.is_target, r.is_repeat, r.is_first_target, r.is_unique_target, r.wait_seconds, r.talk_seconds
                FROM report_calls r {lineJoin} WHERE {{Ends}}
        """;

    private const string TagEnds = $$"""

                UNION ALL
                SELECT {tagKey}, t.category_name, 1, t.value FROM report_calls r {tagJoin} WHERE {{Ends}}
        """;

    // One line per category a call carries (its first tag of each), or '(untagged)'.
    private const string Categories = "call_tags g ON g.call_id = r.call_id AND NOT EXISTS (SELECT 1 FROM call_tags e WHERE e.call_id = g.call_id AND e.category_name = g.category_name AND e.id < g.id)";

    /// <summary>A manager line is keyed by endpoint ('' for nobody); the name is read now, so a renamed manager shows the new name.</summary>
    private const string ManagerKey = "CASE WHEN g.key = '' THEN '(nobody)' ELSE COALESCE(m.name || ' (' || g.key || ')', g.key) END";

    public static string For(ReportDimension dimension, ReportTouch touch, bool withEnds) => Lines(dimension, touch, Template
        .Replace("{lineEnds}", withEnds ? LineEnds : "", StringComparison.Ordinal)
        .Replace("{tagEnds}", withEnds ? TagEnds : "", StringComparison.Ordinal));

    private static string Lines(ReportDimension dimension, ReportTouch touch, string template) => dimension == ReportDimension.TagCategory
        ? template
            .Replace("{lineKey}", "COALESCE(g.category_name, '(untagged)')", StringComparison.Ordinal)
            .Replace("{lineJoin}", "LEFT JOIN " + Categories, StringComparison.Ordinal)
            .Replace("{tagKey}", "g.category_name", StringComparison.Ordinal)
            .Replace("{tagJoin}", "JOIN " + Categories + " JOIN call_tags t ON t.call_id = r.call_id", StringComparison.Ordinal)
            .Replace("{key}", "g.key", StringComparison.Ordinal)
            .Replace("{join}", "", StringComparison.Ordinal)
        : template
            .Replace("{lineKey}", "r." + Column(dimension, touch), StringComparison.Ordinal)
            .Replace("{lineJoin}", "", StringComparison.Ordinal)
            .Replace("{tagKey}", "r." + Column(dimension, touch), StringComparison.Ordinal)
            .Replace("{tagJoin}", "JOIN call_tags t ON t.call_id = r.call_id", StringComparison.Ordinal)
            .Replace("{key}", dimension == ReportDimension.Manager ? ManagerKey : "g.key", StringComparison.Ordinal)
            .Replace("{join}", dimension == ReportDimension.Manager ? "LEFT JOIN managers m ON m.endpoint = g.key" : "", StringComparison.Ordinal);

    // report_calls names its columns after the lines: first:landing-page is first_landing_page.
    private static string Column(ReportDimension dimension, ReportTouch touch) =>
        ReportSql.Dimension(dimension, touch).Replace("first:", "first_", StringComparison.Ordinal).Replace('-', '_');
}
