namespace CallTracker.Pbx.Reports;

/// <summary>Bound from the "Reports" section of appsettings.json.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>IANA time zone of the business: report days start at its midnight, whatever the server's zone.</summary>
    public string TimeZone { get; set; } = "UTC";
}
