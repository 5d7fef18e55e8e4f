namespace CallTracker.Pbx.Ari.Events;

/// <summary>ARI model Event (events.json): what every event on the /ari/events socket carries.</summary>
public abstract record AriEvent
{
    public string Type { get; init; } = "";

    public string Application { get; init; } = "";

    public DateTimeOffset Timestamp { get; init; }

    public string? AsteriskId { get; init; }
}
