using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Steps;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls.Flows;

/// <summary>Calls no manager takes: outside business hours, and voicemail.</summary>
public sealed partial class InboundFlow
{
    private async Task<CallStatus> OffHoursAsync(BusinessSchedule schedule, CancellationToken cancellationToken)
    {
        var action = schedule.OffHours;
        session.Publish(new OffHoursReached(schedule.Name, action.Action.ToString()));
        switch (action.Action)
        {
            case OffHoursAction.Voicemail:
                return await VoicemailAsync(action.Prompts, CallStatus.OffHours, cancellationToken);
            case OffHoursAction.Message:
                await VoicemailStep.PlayMessageAsync(session, caller, action.Prompts, cancellationToken);
                return CallStatus.OffHours;
            default:
                return await FollowRouteAsync(session.Services.Routes.Get(action.Route!), cancellationToken);
        }
    }

    /// <param name="statusWithoutMessage">The call's status when no message is kept.</param>
    private async Task<CallStatus> VoicemailAsync(IReadOnlyList<string> prompts, CallStatus statusWithoutMessage, CancellationToken cancellationToken)
    {
        if (await VoicemailStep.TakeAsync(session, caller, prompts, cancellationToken))
        {
            return CallStatus.Voicemail;
        }

        return caller.IsHungUp && statusWithoutMessage == CallStatus.CallerHungUpBeforeAnswer ? StatusOfCallerWhoLeft() : statusWithoutMessage;
    }
}
