using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Webhooks.Payload;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Webhooks;

/// <summary>A call event that is a webhook moment of its own: its type and the data particular to it.</summary>
internal sealed record WebhookMoment(string Type, object? Data)
{
    /// <summary>The moment <paramref name="callEvent"/> is, once applied to <paramref name="call"/>; null for an event no webhook tells on its own.</summary>
    public static WebhookMoment? Of(CallEvent callEvent, WebhookCall call, CallRow row) => callEvent switch
    {
        LegAnswered leg => Forwarded(call, leg.Endpoint, leg.Attempt),
        LegNotConnected leg => Forwarded(call, leg.Endpoint, leg.Attempt),
        LegUnavailable leg => Forwarded(call, leg.Endpoint, leg.Attempt),
        CallAnswered answered => new(WebhookEventTypes.CallAnswered, new WebhookAnsweredData(answered.Endpoint, answered.Manager, answered.AnsweredAt)),
        CallTagged => new(WebhookEventTypes.CallTagged, call.LastTag),
        CallEnded => new(WebhookEventTypes.CallEnded, new WebhookEndedData(row.Status, row.WaitSeconds, row.TalkSeconds)),
        CallbackAttemptStarted started => new(WebhookEventTypes.CallbackAttemptStarted, new { callbackId = started.CallbackId, attempt = started.Attempt }),
        CallbackClientDialled dialled => new(WebhookEventTypes.CallbackClientDialled, new { callbackId = dialled.CallbackId, phone = dialled.Phone, endpoint = dialled.Endpoint, manager = dialled.Manager }),
        _ => null,
    };

    private static WebhookMoment Forwarded(WebhookCall call, string endpoint, int attempt) =>
        new(WebhookEventTypes.CallForwarded, call.Leg(endpoint, attempt));
}
