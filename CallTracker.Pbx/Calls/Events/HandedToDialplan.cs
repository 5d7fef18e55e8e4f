namespace CallTracker.Pbx.Calls.Events;

/// <summary>The caller was sent on in the dialplan, whose fallback rings the default group (shutdown, or a stuck call).</summary>
public sealed record HandedToDialplan : CallEvent
{
    public override object? Detail() => null;
}
