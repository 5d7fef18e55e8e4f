namespace CallTracker.Pbx.Calls.Events;

/// <summary>
/// One moment of a call, as the call's session saw it. Sinks (the journal, later webhooks and live reports) receive
/// each one; the call row is a projection of them. The session stamps <see cref="CallId"/> and <see cref="At"/>.
/// </summary>
public abstract record CallEvent
{
    public string CallId { get; init; } = "";

    public DateTimeOffset At { get; init; }

    /// <summary>The name stored in call_events.kind; reports and the call card read these names.</summary>
    public virtual string Kind => GetType().Name;

    /// <summary>What call_events.detail_json holds for this moment; null for none.</summary>
    public abstract object? Detail();
}
