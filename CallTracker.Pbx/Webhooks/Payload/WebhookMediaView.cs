namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>A recording or voicemail message: where it is on the Asterisk host and how long it is.</summary>
public sealed record WebhookMediaView(string Path, int? Seconds);
