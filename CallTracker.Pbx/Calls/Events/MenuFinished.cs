namespace CallTracker.Pbx.Calls.Events;

/// <summary>The caller left the voice menu: how, where to, and after how many failed attempts. ListenedSeconds is set for a caller who hung up in the greeting.</summary>
public sealed record MenuFinished(string Exit, string? Target, string? Failure, int NoInputs, int InvalidInputs, long ElapsedMs, int? ListenedSeconds) : CallEvent
{
    public override object? Detail() => new { exit = Exit, target = Target, failure = Failure, noInputs = NoInputs, invalidInputs = InvalidInputs, elapsedMs = ElapsedMs, listenedSeconds = ListenedSeconds };
}
