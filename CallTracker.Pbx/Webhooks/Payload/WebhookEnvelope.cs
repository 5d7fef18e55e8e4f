namespace CallTracker.Pbx.Webhooks.Payload;

/// <summary>
/// The body of every webhook post. <see cref="Id"/> is the idempotency key (also in the Idempotency-Key header);
/// <see cref="Sequence"/> counts the call's events from 1, so a receiver can tell order and gaps (types it does not
/// subscribe to); <see cref="Call"/> is everything known about the call at that moment; <see cref="Data"/> is what
/// is particular to the moment (the leg, the tag …), null when nothing is.
/// </summary>
public sealed record WebhookEnvelope(string Id, string Type, DateTimeOffset OccurredAt, int Sequence, WebhookCallView Call, object? Data);
