using CallTracker.Ivr.Tagging;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Calls.Events;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Calls.Steps;

/// <summary>
/// The caller left and the manager is still on the line: take them out of the bridge and let them tag the call from
/// the keypad. Each tag is published the moment it is confirmed; a manager who hangs up mid-menu, or a menu that fails
/// on an ARI error, loses only the tag in progress and changes nothing else about the call.
/// </summary>
internal static partial class TagStep
{
    public static async Task RunAsync(CallSession session, Conversation conversation, CancellationToken cancellationToken)
    {
        var tagging = session.Services.Tagging;
        var manager = conversation.Manager;
        if (!tagging.Enabled || manager.IsHungUp)
        {
            return;
        }

        var endpoint = conversation.Target.Endpoint;
        using var watch = session.Watchdog.Watch($"the tagging menu on {endpoint} ({manager.Id})", session.Limits.StepTimeout);
        try
        {
            await conversation.Bridge.DestroyAsync(cancellationToken);
            var result = await tagging.RunAsync(manager, (tag, _) => Confirmed(session, tag, endpoint), cancellationToken);
            foreach (var step in result.Path)
            {
                session.Publish(new TaggingStepTaken(step.Kind.ToString(), step.Detail, (long)step.At.TotalMilliseconds));
            }
        }
        catch (Exception e) when (e is AriException or HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogTaggingFailed(session.Logger, e.Message);
            session.Publish(new TaggingFailed(e.Message));
        }
    }

    private static Task Confirmed(CallSession session, TagEntry tag, string endpoint)
    {
        session.Publish(new CallTagged(tag.Code, tag.Name, tag.Value, tag.ValueDefaulted, endpoint, tag.At));
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Tagging menu failed ({Problem}); the tags confirmed before it are kept")]
    private static partial void LogTaggingFailed(ILogger logger, string problem);
}
