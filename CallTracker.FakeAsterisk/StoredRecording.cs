namespace CallTracker.Fakes;

/// <summary>A finished recording kept under <c>/recordings/stored</c>.</summary>
internal sealed record StoredRecording(string Name, string Format, int DurationSeconds);
