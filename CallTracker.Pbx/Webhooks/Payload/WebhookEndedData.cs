namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>The data of call.ended: the final status and the times that count in reports.</summary>
public sealed record WebhookEndedData(string Status, int WaitSeconds, int TalkSeconds);
