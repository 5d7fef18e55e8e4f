namespace CallTracker.Store.Rows;

/// <summary>What a report groups calls by.</summary>
public enum ReportDimension
{
    Source,
    Channel,
    Campaign,
    Keyword,
    LandingPage,
    Manager,
    TagCategory,
}
