using CallTracker.Pbx.Calls.Events;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Callbacks;

/// <summary>Takes a validated callback request: stores it Pending, due at once, and wakes the scheduler that carries it out.</summary>
public sealed class CallbackService(ICallbackRepository callbacks, CallbackScheduler scheduler, CallEventBus events, TimeProvider time)
{
    /// <param name="phone">The client's number, digits only.</param>
    public async Task<CallbackRow> RequestAsync(string site, string phone, string? sessionId, string route, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var callback = new CallbackRow
        {
            // Random, not time-ordered: the id is all a page needs to read the callback's state, so it must not be guessable.
            Id = Guid.NewGuid().ToString("N"),
            Site = site,
            Phone = phone,
            SessionId = sessionId,
            Route = route,
            State = nameof(CallbackState.Pending),
            RequestedAt = now,
            NextAttemptAt = now,
            UpdatedAt = now,
        };
        await callbacks.InsertAsync(callback, cancellationToken);
        events.Publish(new CallbackRequested(callback.Id, site, phone, sessionId, route) { At = now });
        scheduler.Wake();
        return callback;
    }
}
