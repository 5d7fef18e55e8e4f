using System.Text.Json;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Journal;
using CallTracker.Pbx.Reports;
using CallTracker.Pbx.Routing;
using CallTracker.Pbx.Webhooks.Payload;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Webhooks;

/// <summary>
/// Turns call events into webhook events for the journal to commit with them, on the journal's writer (never on the
/// call path). call.started comes once the call's source is known, or before the first other moment when attribution
/// gave nothing; each payload carries the whole call as known then, with what the store adds (the visit, the
/// caller's earlier calls, the call types at the end).
/// </summary>
public sealed partial class WebhookOutbox(
    IOptions<WebhookOptions> options,
    ITrackingSessionRepository sessions,
    ICallerHistoryRepository history,
    ICallerTouchRepository touches,
    ICallTypeRepository callTypes,
    CallTypeClassifier classifier,
    WebhookSignal signal,
    ILogger<WebhookOutbox> logger) : ICallEventOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WebhookEndpointOptions[] endpoints = [.. options.Value.Endpoints];

    // Only the journal's single writer calls in, so no lock.
    private readonly Dictionary<string, WebhookCall> open = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<WebhookEventRow>> CollectAsync(CallEvent callEvent, CallRow? row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callEvent);
        if (endpoints.Length == 0)
        {
            return [];
        }

        if (callEvent is CallArrived arrived)
        {
            open[arrived.CallId] = new WebhookCall(arrived);
            return [];
        }

        if (row is null || !open.TryGetValue(callEvent.CallId, out var known))
        {
            return [];
        }

        known.Apply(callEvent);
        if (callEvent is CallEnded)
        {
            open.Remove(callEvent.CallId);
        }

        var moment = WebhookMoment.Of(callEvent, known, row);
        var webhooks = new List<WebhookEventRow>(2);
        if (!known.Started && (callEvent is CallAttributed || moment is not null))
        {
            known.Started = true;
            await LearnOriginAsync(known, row, cancellationToken);
            Add(webhooks, known, row, null, new WebhookMoment(WebhookEventTypes.CallStarted, null), callEvent.At);
        }

        if (moment is not null)
        {
            // The journal classifies the call once this event is stored; call.ended tells the types it is about to get.
            var types = callEvent is CallEnded ? await ReadAsync("call types", row.Id, ct => callTypes.PreviewAsync(row, classifier.Rules(), ct), cancellationToken) : null;
            Add(webhooks, known, row, types, moment, callEvent.At);
        }

        return webhooks;
    }

    public void Committed() => signal.Notify();

    /// <summary>Adds the event for the endpoints that want its type; the sequence counts it either way, so gaps show what an endpoint skips.</summary>
    private void Add(List<WebhookEventRow> webhooks, WebhookCall known, CallRow call, CallTypes? types, WebhookMoment moment, DateTimeOffset at)
    {
        var sequence = known.NextSequence();
        var wanted = endpoints.Where(e => e.Wants(moment.Type)).Select(e => e.Name).ToArray();
        if (wanted.Length == 0)
        {
            return;
        }

        var id = Guid.CreateVersion7(at).ToString();
        var envelope = new WebhookEnvelope(id, moment.Type, at, sequence, known.View(call, types), moment.Data);
        webhooks.Add(new WebhookEventRow
        {
            Id = id,
            CallId = call.Id,
            Type = moment.Type,
            OccurredAt = at,
            PayloadJson = JsonSerializer.Serialize(envelope, Json),
            Endpoints = wanted,
        });
    }

    private async Task LearnOriginAsync(WebhookCall known, CallRow call, CancellationToken cancellationToken)
    {
        if (known.Attribution?.SessionId is { } sessionId
            && await ReadAsync("visit", call.Id, ct => sessions.GetAsync(sessionId, ct), cancellationToken) is { } session)
        {
            known.Visit = new WebhookVisitView
            {
                StartedAt = session.StartedAt,
                LandingPage = session.LandingUrl,
                CurrentPage = session.CurrentPage,
                Referrer = session.Referrer,
                UtmSource = session.UtmSource,
                UtmMedium = session.UtmMedium,
                UtmCampaign = session.UtmCampaign,
                UtmContent = session.UtmContent,
                UtmTerm = session.UtmTerm,
                Keyword = session.Keyword,
                Device = session.Device,
                Country = session.Country,
                NumberKind = session.NumberKind,
                Pool = session.Pool,
            };
        }

        known.History = await ReadAsync("caller history", call.Id, async ct => (CallerHistory?)await history.GetEarlierAsync(call.CallerNumber, call.Id, call.ArrivedAt, ct), cancellationToken) ?? CallerHistory.None;
        var digits = PhoneNumber.Normalize(call.CallerNumber);
        if (digits.Length > 0)
        {
            known.FirstTouch = (await ReadAsync("first touch", call.Id, ct => touches.GetAsync(digits, ct), cancellationToken))?.First;
        }
    }

    /// <summary>A store read the payload can do without: a failure is logged and the event goes out without that part.</summary>
    private async Task<T?> ReadAsync<T>(string what, string callId, Func<CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await read(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReadFailed(logger, e, callId, what);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhooks of call {CallId} go out without the {What}: the store could not read it")]
    private static partial void LogReadFailed(ILogger logger, Exception exception, string callId, string what);
}
