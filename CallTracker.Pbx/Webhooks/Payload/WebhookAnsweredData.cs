namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>The data of call.answered: who took the call, and when the caller was connected.</summary>
public sealed record WebhookAnsweredData(string Endpoint, string Manager, DateTimeOffset AnsweredAt);
