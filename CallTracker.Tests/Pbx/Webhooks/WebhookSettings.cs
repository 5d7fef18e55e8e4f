namespace CallTracker.Tests.Pbx.Webhooks;

/// <summary>The "Webhooks" section the end-to-end tests run with: one endpoint, "crm", and retries a few tens of milliseconds apart.</summary>
internal static class WebhookSettings
{
    public const string Secret = "test-webhook-secret-0123456789";

    /// <param name="events">The Events list's entries, as JSON.</param>
    public static string For(WebhookReceiver receiver, string events = "\"*\"", int timeoutSeconds = 5) => $$"""
        {
          "Endpoints": [ { "Name": "crm", "Url": "{{receiver.Url}}", "Secret": "{{Secret}}", "Events": [ {{events}} ], "TimeoutSeconds": {{timeoutSeconds}} } ],
          "Retry": { "BaseDelayMs": 20, "MaxDelayMs": 100, "MaxAttempts": 10000, "MaxAgeHours": 1 }
        }
        """;
}
