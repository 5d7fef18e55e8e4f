using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Calls.Events;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Flows;

public sealed partial class OutboundFlow
{
    /// <summary>
    /// On shutdown, or when the watchdog ends a stuck call, a manager whose number has not answered yet goes on in the
    /// dialplan, whose fallback dials the number straight through the trunk. A conversation keeps its status.
    /// </summary>
    public async Task<CallStatus> EndEarlyAsync()
    {
        if (answered)
        {
            return CallStatus.Answered;
        }

        if (manager.IsHungUp)
        {
            return CallStatus.CallerHungUpBeforeAnswer;
        }

        try
        {
            await session.HangupLegsAsync(manager, CancellationToken.None);
            await manager.ContinueInDialplanAsync(CancellationToken.None);
            session.Publish(new HandedToDialplan());
            return CallStatus.HandedToDialplan;
        }
        catch (AriException e)
        {
            LogHandOverFailed(session.Logger, e.Message);
            return manager.IsHungUp ? CallStatus.CallerHungUpBeforeAnswer : CallStatus.Failed;
        }
    }

    public CallStatus StatusAfterFailure(Exception exception)
    {
        if (exception is AriException { IsGone: true } && !answered)
        {
            // The manager's channel vanished under a REST call: a hangup whose events are still on their way.
            return CallStatus.CallerHungUpBeforeAnswer;
        }

        LogCallFailed(session.Logger, exception);
        session.Publish(new CallFailed(exception.Message));
        return answered ? CallStatus.Answered : CallStatus.Failed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Manager} calls {Number} through the trunk")]
    private static partial void LogPlaced(ILogger logger, string manager, string number);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outgoing call failed")]
    private static partial void LogCallFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Service is stopping and the manager's outgoing call could not be sent on to the dialplan: {Problem}")]
    private static partial void LogHandOverFailed(ILogger logger, string problem);
}
