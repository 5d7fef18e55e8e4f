using CallTracker.Pbx.Ari.Resources;
using CallTracker.Pbx.Calls.Events;
using Microsoft.Extensions.Logging;
using Route = CallTracker.Pbx.Routing.Route;

namespace CallTracker.Pbx.Calls.Steps;

/// <summary>
/// The conversation: recorded if the route says so, until either side hangs up. A caller who leaves first leaves the
/// manager on the line for the tagging menu.
/// </summary>
internal static partial class ConverseStep
{
    public static async Task RunAsync(CallSession session, Legs.Leg caller, Conversation conversation, Route route, CancellationToken cancellationToken)
    {
        var target = conversation.Target;
        session.Publish(new CallAnswered(target.Endpoint, target.ManagerName, conversation.AnsweredAt, target.Dealer));
        LogConnected(session.Logger, target.Endpoint);
        var recording = route.Record ? await RecordingStep.StartAsync(session, conversation.Bridge, cancellationToken) : null;
        int wake;
        using (session.Watchdog.Watch("the caller or the manager to hang up", session.Limits.MaxTalk))
        {
            wake = await CallWaits.FirstAsync(null, session.Time, cancellationToken, caller.Ended, conversation.Manager.Ended);
        }

        session.Publish(wake == 0 ? new CallerLeft(target.Endpoint) : new ManagerLeft(target.Endpoint));
        if (recording is not null)
        {
            await RecordingStep.FinishAsync(session, recording, cancellationToken);
        }

        if (wake == 0)
        {
            await TagStep.RunAsync(session, conversation, cancellationToken);
            await conversation.Manager.HangupAsync(HangupReason.Normal, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Caller put through to {Endpoint}")]
    private static partial void LogConnected(ILogger logger, string endpoint);
}
