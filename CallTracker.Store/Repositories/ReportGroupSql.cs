using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>
/// The one statement a grouped report runs: the daily totals of the whole days of its range in the store's calendar,
/// plus the calls of the part-days at its ends (none when the range runs from midnight to midnight), counters per line
/// and status (Kind 0) and tag values per line and category (Kind 1) in one result.
/// </summary>
internal static class ReportGroupSql
{
    // span: the first whole day and the day after the last. A call of a part-day is at most two days from them,
    // whatever a clock change does to its day, so the ends are read from four days of the (day, arrived_at) index.
    private const string Template = """
        WITH span AS MATERIALIZED (
            SELECT first_day, MAX(first_day, end_day) AS end_day FROM (
                SELECT (@From + COALESCE((SELECT offset_ms FROM report_utc_offsets WHERE from_at <= @From ORDER BY from_at DESC LIMIT 1), 0) + 86399999) / 86400000 AS first_day,
                       (@To + COALESCE((SELECT offset_ms FROM report_utc_offsets WHERE from_at <= @To ORDER BY from_at DESC LIMIT 1), 0)) / 86400000 AS end_day)),
        ends AS (
            SELECT r.* FROM span JOIN report_calls r
            ON r.day IN (span.first_day - 2, span.first_day - 1, span.end_day, span.end_day + 1) AND r.arrived_at >= @From AND r.arrived_at < @To),
        lines AS (
            SELECT d.key, d.status, d.calls, d.unique_calls, d.target, d.repeat_calls, d.first_target, d.unique_target, d.wait_seconds, d.talk_seconds
            FROM span JOIN report_daily d ON d.dimension = @Dimension AND d.day >= span.first_day AND d.day < span.end_day
            UNION ALL
            SELECT {lineKey}, r.status, 1, r.is_unique, r.is_target, r.is_repeat, r.is_first_target, r.is_unique_target, r.wait_seconds, r.talk_seconds
            FROM ends r {lineJoin}),
        tags AS (
            SELECT d.key, d.category, d.tags, d.value
            FROM span JOIN report_daily_tags d ON d.dimension = @Dimension AND d.day >= span.first_day AND d.day < span.end_day
            UNION ALL
            SELECT {tagKey}, t.category_name, 1, t.value FROM ends r {tagJoin})
        SELECT {key} AS Key, g.Kind, g.Status, g.Calls, g.UniqueCalls, g.Target, g.RepeatCalls, g.FirstTarget, g.UniqueTarget, g.WaitSeconds, g.TalkSeconds, g.Value
        FROM (
            SELECT 0 AS Kind, key, status AS Status, SUM(calls) AS Calls, SUM(unique_calls) AS UniqueCalls, SUM(target) AS Target,
                   SUM(repeat_calls) AS RepeatCalls, SUM(first_target) AS FirstTarget, SUM(unique_target) AS UniqueTarget,
                   SUM(wait_seconds) AS WaitSeconds, SUM(talk_seconds) AS TalkSeconds, 0 AS Value
            FROM lines GROUP BY key, status HAVING SUM(calls) > 0
            UNION ALL
            SELECT 1, key, category, 0, 0, 0, 0, 0, 0, 0, 0, SUM(value) FROM tags GROUP BY key, category HAVING SUM(tags) > 0) g
        {join};
        """;

    // One line per category a call carries (its first tag of each), or '(untagged)'.
    private const string Categories = "call_tags g ON g.call_id = r.call_id AND NOT EXISTS (SELECT 1 FROM call_tags e WHERE e.call_id = g.call_id AND e.category_name = g.category_name AND e.id < g.id)";

    /// <summary>A manager line is keyed by endpoint ('' for nobody); the name is read now, so a renamed manager shows the new name.</summary>
    private const string ManagerKey = "CASE WHEN g.key = '' THEN '(nobody)' ELSE COALESCE(m.name || ' (' || g.key || ')', g.key) END";

    public static string For(ReportDimension dimension, ReportTouch touch) => dimension == ReportDimension.TagCategory
        ? Template
            .Replace("{lineKey}", "COALESCE(g.category_name, '(untagged)')", StringComparison.Ordinal)
            .Replace("{lineJoin}", "LEFT JOIN " + Categories, StringComparison.Ordinal)
            .Replace("{tagKey}", "g.category_name", StringComparison.Ordinal)
            .Replace("{tagJoin}", "JOIN " + Categories + " JOIN call_tags t ON t.call_id = r.call_id", StringComparison.Ordinal)
            .Replace("{key}", "g.key", StringComparison.Ordinal)
            .Replace("{join}", "", StringComparison.Ordinal)
        : Template
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
