namespace CallTracker.Pbx.Fallback;

/// <summary>
/// Bound from the "FallbackCalls" section of appsettings.json: where Asterisk's cdr_csv writes the calls its dialplan
/// fallback connected while the service was down, so they are imported into the reports when it comes back.
/// </summary>
public sealed class FallbackCallOptions
{
    public const string SectionName = "FallbackCalls";

    public bool Enabled { get; set; } = true;

    /// <summary>cdr_csv's Master.csv (astlogdir/cdr-csv/Master.csv); cdr.conf in asterisk-config/ turns on the columns it needs.</summary>
    public string CdrCsvPath { get; set; } = "/var/log/asterisk/cdr-csv/Master.csv";

    /// <summary>How often the file is read again for new lines, after the read at start-up.</summary>
    public int ScanMinutes { get; set; } = 5;

    public TimeSpan ScanInterval => TimeSpan.FromMinutes(ScanMinutes);
}
