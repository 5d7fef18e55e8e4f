namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>A tag the manager put on the call: category code and name, value (the category's default when left empty), who and when.</summary>
public sealed record WebhookTagView(string Code, string Name, long Value, bool ValueDefaulted, string By, DateTimeOffset At);
