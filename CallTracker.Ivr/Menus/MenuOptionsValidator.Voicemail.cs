namespace CallTracker.Ivr.Menus;

public sealed partial class MenuOptionsValidator
{
    // Formats Asterisk records to out of the box (its format modules); the file extension follows the format.
    private static readonly string[] RecordingFormats = ["wav", "wav49", "gsm", "ulaw", "alaw", "sln", "g722"];

    private void ValidateVoicemail(IvrOptions options, List<string> errors)
    {
        const string Key = "Ivr:Voicemail";
        var voicemail = options.Voicemail;
        ValidateMedia(options, $"{Key}:Prompt", voicemail.Prompt, errors);
        ValidateMedia(options, $"{Key}:AfterRecording", voicemail.AfterRecording, errors);
        if (!RecordingFormats.Contains(voicemail.Format, StringComparer.Ordinal))
        {
            errors.Add($"{File}: {Key}:Format '{voicemail.Format}' is not one of {string.Join(", ", RecordingFormats)}.");
        }

        ValidateRange($"{Key}:MaxDurationSeconds", voicemail.MaxDurationSeconds, 5, 3600, errors);
        ValidateRange($"{Key}:MaxSilenceSeconds", voicemail.MaxSilenceSeconds, 0, 60, errors);
        ValidateRange($"{Key}:MinDurationSeconds", voicemail.MinDurationSeconds, 0, voicemail.MaxDurationSeconds, errors);
    }
}
