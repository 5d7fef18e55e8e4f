namespace CallTracker.Pbx.Calls.Events;

/// <summary>A site's page asked for a callback (POST /api/callbacks); no call exists yet.</summary>
public sealed record CallbackRequested(string CallbackId, string Site, string Phone, string? SessionId, string Route) : CallbackEvent(CallbackId)
{
    public override object? Detail() => new { callbackId = CallbackId, site = Site, phone = Phone, sessionId = SessionId, route = Route };
}
