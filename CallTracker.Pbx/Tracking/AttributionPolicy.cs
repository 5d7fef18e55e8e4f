using CallTracker.Pbx.Routing;
using CallTracker.Store.Rows;

namespace CallTracker.Pbx.Tracking;

/// <summary>The attribution rules, free of I/O: a dialled number's role and the sessions that held it decide the source.</summary>
public static class AttributionPolicy
{
    /// <param name="candidates">For a pool number, the sessions whose hold covered <paramref name="arrivedAt"/>.</param>
    /// <param name="activeWindow">How recent a session's last ping must be for its page to count as open.</param>
    public static CallAttributionRow Decide(
        string callId,
        string trackingNumber,
        NumberRole role,
        IReadOnlyList<AttributionCandidateRow> candidates,
        DateTimeOffset arrivedAt,
        TimeSpan activeWindow)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(candidates);
        var row = new CallAttributionRow
        {
            CallId = callId,
            TrackingNumber = PhoneNumber.Normalize(trackingNumber),
            Reason = nameof(AttributionReason.Unknown),
            Site = role.Site,
            AttributedAt = arrivedAt,
        };
        switch (role.Kind)
        {
            case NumberRoleKind.Static:
                return row with { Reason = nameof(AttributionReason.Static), Source = role.Static!.Source, Channel = role.Static.Channel };
            case NumberRoleKind.Overflow:
                return row with { Reason = nameof(AttributionReason.Overflow) };
            case NumberRoleKind.Pool when candidates.Count > 0:
                var winner = candidates.MaxBy(c => c.LastSeenAt)!;
                var reason = candidates.Count > 1 ? AttributionReason.Ambiguous
                    : winner.LastSeenAt >= arrivedAt - activeWindow ? AttributionReason.Exact
                    : AttributionReason.WithinHold;
                return row with
                {
                    Reason = reason.ToString(),
                    Site = winner.Site,
                    SessionId = winner.SessionId,
                    VisitorId = winner.VisitorId,
                    Source = winner.Source,
                    Channel = winner.Channel,
                    Campaign = winner.Campaign,
                    Candidates = candidates.Count,
                };
            default:
                return row;
        }
    }

    /// <summary>
    /// A callback's call: the visit that asked for it, when the request named a session of the site; otherwise
    /// Unknown, with the site only. <paramref name="shownNumber"/>, the site's number, stands as the tracking number.
    /// </summary>
    public static CallAttributionRow ForCallback(string callId, string site, string shownNumber, TrackingSessionRow? session, DateTimeOffset at)
    {
        var row = new CallAttributionRow
        {
            CallId = callId,
            TrackingNumber = PhoneNumber.Normalize(shownNumber),
            Reason = nameof(AttributionReason.Unknown),
            Site = site,
            AttributedAt = at,
        };
        if (session is null || !string.Equals(session.Site, site, StringComparison.OrdinalIgnoreCase))
        {
            return row;
        }

        return row with
        {
            Reason = nameof(AttributionReason.Callback),
            SessionId = session.Id,
            VisitorId = session.VisitorId,
            Source = session.Source,
            Channel = session.Channel,
            Campaign = session.UtmCampaign,
            Candidates = 1,
        };
    }
}
