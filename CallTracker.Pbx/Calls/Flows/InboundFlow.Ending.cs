using CallTracker.Ivr.Menus;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Calls.Events;

namespace CallTracker.Pbx.Calls.Flows;

public sealed partial class InboundFlow
{
    /// <summary>
    /// On shutdown, or when the watchdog ends a stuck call, an unanswered caller goes on in the dialplan, whose fallback
    /// rings the default group. An answered call keeps its status, and a caller who already left keeps theirs.
    /// </summary>
    public async Task<CallStatus> EndEarlyAsync()
    {
        if (answered)
        {
            return CallStatus.Answered;
        }

        if (caller.IsHungUp)
        {
            return StatusOfCallerWhoLeft();
        }

        try
        {
            await session.HangupLegsAsync(caller, CancellationToken.None);
            await caller.ContinueInDialplanAsync(CancellationToken.None);
            session.Publish(new HandedToDialplan());
            return CallStatus.HandedToDialplan;
        }
        catch (AriException e)
        {
            LogHandOverFailed(session.Logger, e.Message);
            return caller.IsHungUp ? StatusOfCallerWhoLeft() : CallStatus.Failed;
        }
    }

    public CallStatus StatusAfterFailure(Exception exception)
    {
        if (exception is AriException { IsGone: true } && !answered)
        {
            // The caller's channel vanished under a REST call: a hangup whose events are still on their way.
            LogCallerVanished(session.Logger, exception.Message);
            return StatusOfCallerWhoLeft();
        }

        LogCallFailed(session.Logger, exception);
        session.Publish(new CallFailed(exception.Message));
        return answered ? CallStatus.Answered : CallStatus.Failed;
    }

    private static CallStatus StatusOfMenuHangUp(MenuHangUp hangUp) => hangUp.Point switch
    {
        HangUpPoint.InGreeting => CallStatus.HungUpInGreeting,
        HangUpPoint.AfterInvalidInput => CallStatus.IvrInvalidInput,
        HangUpPoint.AfterNoInput => CallStatus.IvrNoInput,
        _ => CallStatus.CallerHungUpBeforeAnswer,
    };

    /// <summary>A caller who leaves before anyone answers; one whom a menu's fallback was still connecting failed in the menu.</summary>
    private CallStatus StatusOfCallerWhoLeft() => menuFailure switch
    {
        MenuFailure.NoInput => CallStatus.IvrNoInput,
        MenuFailure.InvalidInput => CallStatus.IvrInvalidInput,
        _ => CallStatus.CallerHungUpBeforeAnswer,
    };

    /// <summary>
    /// Works out the call's source beside the call, not in its way: the first phone rings without waiting on the
    /// database, and only a whisper waits for the answer.
    /// </summary>
    private async Task<string?> AttributeAsync(DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        try
        {
            var attribution = await session.Services.Attribution.DecideAsync(session.CallId, trackingNumber, arrivedAt, cancellationToken);
            if (attribution is null)
            {
                return null;
            }

            session.Publish(new CallAttributed(attribution, CallerNumber));
            return attribution.Source;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
