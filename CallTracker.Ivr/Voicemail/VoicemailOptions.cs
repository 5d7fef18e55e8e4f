namespace CallTracker.Ivr.Voicemail;

/// <summary>Bound from "Ivr:Voicemail" in menus.json. Lists start empty: the configuration binder appends to defaults instead of replacing them.</summary>
public sealed class VoicemailOptions
{
    public const string SectionName = "Ivr:Voicemail";

    /// <summary>Played before recording; a digit skips to the beep. The sample uses "sound:vm-intro" ("Please leave your message after the tone...").</summary>
    public List<string> Prompt { get; set; } = [];

    /// <summary>Asterisk beeps when recording starts.</summary>
    public bool Beep { get; set; } = true;

    /// <summary>Played when a message was kept and the caller is still there, e.g. "sound:vm-msgsaved", "sound:vm-goodbye".</summary>
    public List<string> AfterRecording { get; set; } = [];

    public string Format { get; set; } = "wav";

    public int MaxDurationSeconds { get; set; } = 180;

    /// <summary>Recording ends after this much silence (Asterisk trims it); 0 for no limit.</summary>
    public int MaxSilenceSeconds { get; set; } = 5;

    /// <summary>A message shorter than this is a caller who said nothing or hung up at once: it is discarded.</summary>
    public int MinDurationSeconds { get; set; } = 2;
}
