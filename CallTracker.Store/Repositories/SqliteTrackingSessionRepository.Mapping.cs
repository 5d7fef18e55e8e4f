using CallTracker.Store.Rows;

namespace CallTracker.Store.Repositories;

internal sealed partial class SqliteTrackingSessionRepository
{
    private const string SessionColumns = """
        id AS Id, site AS Site, visitor_id AS VisitorId, started_at AS StartedAt, last_seen_at AS LastSeenAt,
        landing_url AS LandingUrl, current_page AS CurrentPage, referrer AS Referrer, utm_source AS UtmSource,
        utm_medium AS UtmMedium, utm_campaign AS UtmCampaign, utm_content AS UtmContent, utm_term AS UtmTerm,
        keyword AS Keyword, device AS Device, country AS Country, channel AS Channel, source AS Source,
        number AS Number, number_kind AS NumberKind, pool AS Pool
        """;

    private static TrackingSessionRecord ToRecord(TrackingSessionRow row) => new()
    {
        Id = row.Id,
        Site = row.Site,
        VisitorId = row.VisitorId,
        StartedAt = row.StartedAt.ToUnixTimeMilliseconds(),
        LastSeenAt = row.LastSeenAt.ToUnixTimeMilliseconds(),
        LandingUrl = row.LandingUrl,
        CurrentPage = row.CurrentPage,
        Referrer = row.Referrer,
        UtmSource = row.UtmSource,
        UtmMedium = row.UtmMedium,
        UtmCampaign = row.UtmCampaign,
        UtmContent = row.UtmContent,
        UtmTerm = row.UtmTerm,
        Keyword = row.Keyword,
        Device = row.Device,
        Country = row.Country,
        Channel = row.Channel,
        Source = row.Source,
        Number = row.Number,
        NumberKind = row.NumberKind,
        Pool = row.Pool,
    };

    private static TrackingSessionRow ToRow(TrackingSessionRecord record) => new()
    {
        Id = record.Id,
        Site = record.Site,
        VisitorId = record.VisitorId,
        StartedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.StartedAt),
        LastSeenAt = DateTimeOffset.FromUnixTimeMilliseconds(record.LastSeenAt),
        LandingUrl = record.LandingUrl,
        CurrentPage = record.CurrentPage,
        Referrer = record.Referrer,
        UtmSource = record.UtmSource,
        UtmMedium = record.UtmMedium,
        UtmCampaign = record.UtmCampaign,
        UtmContent = record.UtmContent,
        UtmTerm = record.UtmTerm,
        Keyword = record.Keyword,
        Device = record.Device,
        Country = record.Country,
        Channel = record.Channel,
        Source = record.Source,
        Number = record.Number,
        NumberKind = record.NumberKind,
        Pool = record.Pool,
    };
}
