namespace CallTracker.Pbx.Calls;

/// <summary>Bound from the "Recordings" section of appsettings.json.</summary>
public sealed class RecordingOptions
{
    public const string SectionName = "Recordings";

    /// <summary>
    /// Asterisk's recording folder (astspooldir/recording in asterisk.conf). Asterisk writes the files; the paths stored
    /// with calls point here, so an admin finds voicemail under voicemail/yyyy-MM-dd/ and conversations under calls/yyyy-MM-dd/.
    /// </summary>
    public string AsteriskFolder { get; set; } = "/var/spool/asterisk/recording";

    /// <summary>Where the file of a recording with this ARI name and format lies on the Asterisk host.</summary>
    public string PathOf(string name, string format) => AsteriskFolder.TrimEnd('/') + "/" + name + "." + format;
}
