using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Webhooks;

public sealed partial class WebhookDeliveryWorker
{
    /// <summary>Posts one leased delivery and records the outcome; never throws, so no post is left unobserved.</summary>
    private async Task DeliverAsync(WebhookEndpointOptions endpoint, WebhookDeliveryRow delivery, CancellationToken stoppingToken)
    {
        try
        {
            var result = await sender.PostAsync(endpoint, delivery, stoppingToken);
            await RecordOutcomeAsync(delivery, result);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Cut short by shutdown: not an attempt. The next run (or this one, had it gone on) takes it again at once.
            await ReleaseQuietlyAsync(delivery);
        }
        catch (Exception e)
        {
            // The outcome could not be stored: the lease runs out and the delivery is posted again (receivers dedupe by Idempotency-Key).
            LogRecordFailed(logger, e, delivery.EventId, delivery.Endpoint);
        }
    }

    private async Task RecordOutcomeAsync(WebhookDeliveryRow delivery, WebhookPostResult result)
    {
        var attempts = delivery.Attempts + 1;
        if (result.Delivered)
        {
            await RecordAsync(delivery, WebhookDeliveryStates.Delivered, result.Status, null, null);
            LogDelivered(logger, delivery.Type, delivery.EventId, delivery.Endpoint, attempts);
            return;
        }

        var now = time.GetUtcNow();
        var retry = Settings.Retry;
        if (WebhookBackoff.GivesUp(retry, attempts, delivery.CreatedAt, now))
        {
            await RecordAsync(delivery, WebhookDeliveryStates.Failed, result.Status, result.Error, null);
            LogGivenUp(logger, delivery.Type, delivery.EventId, delivery.Endpoint, attempts, result.Error ?? "");
            return;
        }

        var delay = WebhookBackoff.Delay(retry, attempts, Random.Shared.NextDouble());
        await RecordAsync(delivery, WebhookDeliveryStates.Pending, result.Status, result.Error, now + delay);
        LogRetrying(logger, delivery.Type, delivery.EventId, delivery.Endpoint, attempts, result.Error ?? "", delay.TotalSeconds);
    }

    /// <summary>Stored with no token: an outcome the receiver already acted on must not be lost to shutdown.</summary>
    private Task RecordAsync(WebhookDeliveryRow delivery, string state, int? status, string? error, DateTimeOffset? next) =>
        outbox.RecordAttemptAsync(
            new WebhookAttempt { DeliveryId = delivery.Id, At = time.GetUtcNow(), State = state, Status = status, Error = error, NextAttemptAt = next },
            CancellationToken.None);

    private async Task ReleaseQuietlyAsync(WebhookDeliveryRow delivery)
    {
        try
        {
            await outbox.ReleaseAsync(delivery.Id, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The lease then ends at start-up, when every lease left behind is released.
            LogRecordFailed(logger, e, delivery.EventId, delivery.Endpoint);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Webhook {Type} {EventId} delivered to {Endpoint} (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, string type, string eventId, string endpoint, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Type} {EventId} to {Endpoint} failed (attempt {Attempt}): {Error}; next attempt in {DelaySeconds:0.#} s")]
    private static partial void LogRetrying(ILogger logger, string type, string eventId, string endpoint, int attempt, string error, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {Type} {EventId} to {Endpoint} given up after {Attempts} attempt(s): {Error}")]
    private static partial void LogGivenUp(ILogger logger, string type, string eventId, string endpoint, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store how webhook {EventId} to {Endpoint} went; it is posted again when its lease ends")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string eventId, string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook outbox could not be read or written; trying again within {Seconds} s")]
    private static partial void LogOutboxFailed(ILogger logger, Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhooks: gave up {Count} pending deliveries to endpoints no longer in the settings")]
    private static partial void LogRemovedEndpoint(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery resumes {Count} post(s) the last run left in flight")]
    private static partial void LogLeasesReleased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook outbox: removed {Count} deliveries finished more than {KeepDays} days ago")]
    private static partial void LogPurged(ILogger logger, long count, int keepDays);
}
