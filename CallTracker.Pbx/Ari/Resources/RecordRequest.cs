namespace CallTracker.Pbx.Ari.Resources;

/// <summary>Query of POST /ari/channels/{id}/record and /ari/bridges/{id}/record.</summary>
public sealed record RecordRequest
{
    /// <summary>File name without extension, relative to Asterisk's recording folder; may contain subfolders.</summary>
    public required string Name { get; init; }
    public string Format { get; init; } = "wav";
    public int? MaxDurationSeconds { get; init; }
    public int? MaxSilenceSeconds { get; init; }

    /// <summary>fail, overwrite or append.</summary>
    public string? IfExists { get; init; }
    public bool? Beep { get; init; }

    /// <summary>none, any, *, or #: the DTMF that stops the recording (left out of the file).</summary>
    public string? TerminateOn { get; init; }

    internal AriQuery ToQuery() => new AriQuery()
        .Add("name", Name)
        .Add("format", Format)
        .Add("maxDurationSeconds", MaxDurationSeconds)
        .Add("maxSilenceSeconds", MaxSilenceSeconds)
        .Add("ifExists", IfExists)
        .Add("beep", Beep)
        .Add("terminateOn", TerminateOn);
}
