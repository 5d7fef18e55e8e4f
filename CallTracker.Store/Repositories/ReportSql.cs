using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>
/// The fixed SQL fragments reports are assembled from: one grouping expression and its joins per dimension and touch.
/// Only these constants are ever spliced into SQL; every value from a request is a parameter.
/// </summary>
internal static class ReportSql
{
    public const string Missing = "'(none)'";

    /// <summary>The statuses of a call someone took: answered live, by the dialplan fallback, or a callback that connected.</summary>
    public const string AnsweredStatuses = "'Answered', 'HandledByFallback', 'CallbackConnected'";

    // Drops the query string, so one landing page is not split by every utm_ combination.
    private const string LandingPage = "CASE WHEN instr(s.landing_url, '?') > 0 THEN substr(s.landing_url, 1, instr(s.landing_url, '?') - 1) ELSE s.landing_url END";

    public static string Key(ReportDimension dimension, ReportTouch touch) => (dimension, touch) switch
    {
        (ReportDimension.Source, ReportTouch.First) => $"COALESCE(t.first_source, a.source, {Missing})",
        (ReportDimension.Source, _) => $"COALESCE(a.source, {Missing})",
        (ReportDimension.Channel, ReportTouch.First) => $"COALESCE(t.first_channel, a.channel, {Missing})",
        (ReportDimension.Channel, _) => $"COALESCE(a.channel, {Missing})",
        (ReportDimension.Campaign, ReportTouch.First) => $"COALESCE(t.first_campaign, {Missing})",
        (ReportDimension.Campaign, _) => $"COALESCE(a.campaign, {Missing})",
        (ReportDimension.Keyword, _) => $"COALESCE(s.keyword, s.utm_term, {Missing})",
        (ReportDimension.LandingPage, _) => $"COALESCE({LandingPage}, {Missing})",
        (ReportDimension.Manager, _) => "COALESCE(m.name || ' (' || c.answered_by || ')', c.answered_by, '(nobody)')",
        (ReportDimension.TagCategory, _) => "COALESCE(g.category_name, '(untagged)')",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a report dimension."),
    };

    public static string Joins(ReportDimension dimension, ReportTouch touch)
    {
        // Managers and tags are on the call itself; every other dimension reads where the call came from.
        var joins = dimension is ReportDimension.Manager or ReportDimension.TagCategory ? "" : "LEFT JOIN call_attributions a ON a.call_id = c.id\n";
        if (touch == ReportTouch.First && dimension is ReportDimension.Source or ReportDimension.Channel or ReportDimension.Campaign)
        {
            joins += "LEFT JOIN caller_touches t ON t.caller_number = c.caller_number\n";
        }

        joins += dimension switch
        {
            ReportDimension.Keyword or ReportDimension.LandingPage => touch == ReportTouch.First
                ? "LEFT JOIN caller_touches t2 ON t2.caller_number = c.caller_number\nLEFT JOIN tracking_sessions s ON s.id = COALESCE(t2.first_session_id, a.session_id)\n"
                : "LEFT JOIN tracking_sessions s ON s.id = a.session_id\n",
            ReportDimension.Manager => "LEFT JOIN managers m ON m.endpoint = c.answered_by\n",
            // One line per category a call carries, however many tags of it; only the range's tags are read.
            ReportDimension.TagCategory => "LEFT JOIN (SELECT DISTINCT t.call_id, t.category_name FROM call_tags t JOIN calls tc ON tc.id = t.call_id WHERE tc.arrived_at >= @From AND tc.arrived_at < @To) g ON g.call_id = c.id\n",
            _ => "",
        };
        return joins;
    }

    public const string InRange = "c.arrived_at >= @From AND c.arrived_at < @To";
}
