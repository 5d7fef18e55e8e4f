using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

/// <summary>
/// The fixed SQL fragments reports are assembled from. Only these constants are ever spliced into SQL; every value
/// from a request is a parameter.
/// </summary>
internal static class ReportSql
{
    /// <summary>The statuses of a call someone took: answered live, by the dialplan fallback, or a callback that connected.</summary>
    public const string AnsweredStatuses = "'Answered', 'HandledByFallback', 'CallbackConnected'";

    /// <summary>
    /// The line a dimension and touch read in report_daily and the report_*_lines views (migration 0009). Managers and
    /// tags are on the call itself, so they have no first touch of their own.
    /// </summary>
    public static string Dimension(ReportDimension dimension, ReportTouch touch)
    {
        var name = dimension switch
        {
            ReportDimension.Source => "source",
            ReportDimension.Channel => "channel",
            ReportDimension.Campaign => "campaign",
            ReportDimension.Keyword => "keyword",
            ReportDimension.LandingPage => "landing-page",
            ReportDimension.Manager => "manager",
            ReportDimension.TagCategory => "tag-category",
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a report dimension."),
        };
        return touch == ReportTouch.First && dimension is not (ReportDimension.Manager or ReportDimension.TagCategory) ? "first:" + name : name;
    }

    /// <summary>Every line name report_daily holds.</summary>
    public static IEnumerable<string> Dimensions() =>
        Enum.GetValues<ReportDimension>()
            .SelectMany(d => Enum.GetValues<ReportTouch>().Select(t => Dimension(d, t)))
            .Distinct(StringComparer.Ordinal);
}
