using CallTracker.Ivr.Tagging;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Routing;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    private DateTimeOffset? talkEndedAt;

    /// <summary>
    /// The caller left and the manager is still on the line: take them out of the bridge and let them tag the call from
    /// the keypad. Each tag is stored the moment it is confirmed; a manager who hangs up mid-menu, or a menu that fails on
    /// an ARI error, loses only the tag in progress and changes nothing else about the call.
    /// </summary>
    private async Task TagAsync(string legId, RouteTarget target, CancellationToken cancellationToken)
    {
        if (!services.Tagging.Enabled || !liveLegs.Contains(legId))
        {
            return;
        }

        using var watch = watchdog.Watch($"the tagging menu on {target.Endpoint} ({legId})", limits.StepTimeout);
        var leg = ManagerLeg(legId, e => LegEvents.IsGone(e, legId));
        try
        {
            await ari.Bridges.DestroyAsync(bridgeId!, cancellationToken);
            bridgeId = null;
            var result = await services.Tagging.RunAsync(leg, (tag, ct) => StoreTagAsync(tag, target, ct), cancellationToken);
            foreach (var step in result.Path)
            {
                await journal.AppendAsync(CallId, "Tagging" + step.Kind, new { step.Detail, atMs = (long)step.At.TotalMilliseconds }, cancellationToken);
            }
        }
        catch (Exception e) when (e is AriException or HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogTaggingFailed(logger, e.Message);
            await journal.AppendAsync(CallId, "TaggingFailed", new { e.Message }, cancellationToken);
        }

        if (leg.IsHungUp)
        {
            liveLegs.Remove(legId);
        }
    }

    private async Task StoreTagAsync(TagEntry tag, RouteTarget target, CancellationToken cancellationToken)
    {
        var row = new CallTagRow
        {
            CallId = CallId,
            CategoryCode = tag.Code,
            CategoryName = tag.Name,
            Value = tag.Value,
            ValueDefaulted = tag.ValueDefaulted,
            TaggedBy = target.Endpoint,
            TaggedAt = tag.At,
        };
        await services.Tags.AddAsync(row, cancellationToken);
        await journal.AppendAsync(CallId, "Tagged", new { tag.Code, tag.Name, tag.Value, tag.ValueDefaulted, by = target.Endpoint }, cancellationToken);
    }
}
