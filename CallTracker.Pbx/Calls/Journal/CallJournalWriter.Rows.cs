using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Calls.Journal;

/// <summary>The rows each event writes, its call's row brought up to date with it.</summary>
public sealed partial class CallJournalWriter
{
    /// <summary>The rows <paramref name="callEvent"/> writes, its call's row brought up to date with it.</summary>
    private async Task<CallJournalEntry?> EntryOfAsync(CallEvent callEvent, CancellationToken cancellationToken)
    {
        if (callEvent is CallbackEvent { CallId.Length: 0 })
        {
            // A callback moment before any call (the request): the callbacks table holds it.
            return null;
        }

        CallRow? started = null;
        if (callEvent is CallArrived arrived)
        {
            var arrival = new CallRecord(arrived);
            open[arrived.CallId] = arrival;
            started = arrival.Row;
        }

        open.TryGetValue(callEvent.CallId, out var call);
        call?.Apply(callEvent);
        var row = call?.Row;
        var ended = callEvent is CallEnded && row is not null;
        if (ended)
        {
            open.Remove(callEvent.CallId);
        }

        var detail = ended ? new { status = row!.Status, row.WaitSeconds, row.TalkSeconds } : callEvent.Detail();
        return new CallJournalEntry
        {
            Event = CallJournal.EventRow(callEvent.CallId, callEvent.At, callEvent.Kind, detail),
            Webhooks = await WebhooksOfAsync(callEvent, row, cancellationToken),
            StartedCall = started,
            FinishedCall = ended ? row : null,
            Attribution = (callEvent as CallAttributed)?.Attribution,
            Touch = callEvent is CallAttributed attributed ? CallAttributionService.TouchOf(attributed.Attribution, attributed.CallerNumber) : null,
            Tag = callEvent is CallTagged tagged ? TagRow(tagged) : null,
        };
    }

    private async Task<IReadOnlyList<WebhookEventRow>> WebhooksOfAsync(CallEvent callEvent, CallRow? row, CancellationToken cancellationToken)
    {
        try
        {
            return await outbox.CollectAsync(callEvent, row, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The call's history matters more than its webhooks: the event is stored without them.
            LogOutboxFailed(logger, e, callEvent.CallId, callEvent.Kind);
            return [];
        }
    }

    private static CallTagRow TagRow(CallTagged tagged) => new()
    {
        CallId = tagged.CallId,
        CategoryCode = tagged.Code,
        CategoryName = tagged.Name,
        Value = tagged.Value,
        ValueDefaulted = tagged.ValueDefaulted,
        TaggedBy = tagged.By,
        TaggedAt = tagged.TaggedAt,
    };
}
