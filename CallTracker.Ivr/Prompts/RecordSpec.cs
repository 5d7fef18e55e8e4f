namespace CallTracker.Ivr.Prompts;

/// <summary>What to record, in the terms of ARI's POST /channels/{id}/record.</summary>
/// <param name="Name">Recording name chosen by the caller of the port, so events can be matched before the REST reply.</param>
/// <param name="Format">File format, e.g. "wav".</param>
/// <param name="MaxDuration">maxDurationSeconds; Asterisk stops there even when nothing was said (duration 0).</param>
/// <param name="MaxSilence">maxSilenceSeconds; Asterisk stops after this much silence and trims it.</param>
/// <param name="TerminateOn">terminateOn ('#' or '*'); the key is left out of the file. Null: no key ends it.</param>
/// <param name="Beep">Asterisk plays a beep when recording begins.</param>
public sealed record RecordSpec(string Name, string Format, TimeSpan MaxDuration, TimeSpan MaxSilence, char? TerminateOn, bool Beep);
