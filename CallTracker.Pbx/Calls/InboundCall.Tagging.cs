using CallTracker.Store.Rows;
using CallTracker.Pbx.Routing;

namespace CallTracker.Pbx.Calls;

public sealed partial class InboundCall
{
    private DateTimeOffset? talkEndedAt;

    /// <summary>
    /// The caller left and the manager is still on the line: take them out of the bridge and let them tag the call from
    /// the keypad. Only complete tags are stored; a manager who hangs up mid-menu changes nothing else about the call.
    /// </summary>
    private async Task TagAsync(string legId, RouteTarget target, CancellationToken cancellationToken)
    {
        if (!services.Tagging.Enabled || !liveLegs.Contains(legId))
        {
            return;
        }

        await ari.Bridges.DestroyAsync(bridgeId!, cancellationToken);
        bridgeId = null;
        var leg = ManagerLeg(legId, e => LegEvents.IsGone(e, legId));
        var result = await services.Tagging.RunAsync(leg, cancellationToken);
        foreach (var step in result.Path)
        {
            await journal.AppendAsync(CallId, "Tagging" + step.Kind, new { step.Detail, atMs = (long)step.At.TotalMilliseconds }, cancellationToken);
        }

        foreach (var tag in result.Tags)
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

        if (leg.IsHungUp)
        {
            liveLegs.Remove(legId);
        }
    }
}
