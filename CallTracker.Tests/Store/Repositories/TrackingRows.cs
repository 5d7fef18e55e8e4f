using CallTracker.Store.Rows;

namespace CallTracker.Tests.Store.Repositories;

/// <summary>Rows for the tracking repositories' tests, valid unless a test changes them.</summary>
internal static class TrackingRows
{
    public static readonly DateTimeOffset Start = new(2025, 3, 4, 10, 0, 0, 123, TimeSpan.Zero);

    public static TrackingSessionRow Session(string id, string visitorId = "visitor-1", string number = "74950000011", string kind = "Pool", string? pool = "paid") => new()
    {
        Id = id,
        Site = "shop",
        VisitorId = visitorId,
        StartedAt = Start,
        LastSeenAt = Start,
        LandingUrl = "https://shop.example/?utm_source=google",
        CurrentPage = "https://shop.example/?utm_source=google",
        Referrer = "https://www.google.com/",
        UtmSource = "google",
        UtmMedium = "cpc",
        UtmCampaign = "spring",
        UtmContent = "banner-1",
        UtmTerm = "sofa",
        Keyword = "buy sofa",
        Device = "mobile",
        Country = "RU",
        Channel = "paid",
        Source = "google",
        Number = number,
        NumberKind = kind,
        Pool = pool,
    };

    public static NumberAssignmentRow Assignment(string sessionId, string number = "74950000011", int holdMinutes = 30) => new()
    {
        SessionId = sessionId,
        Pool = "paid",
        Number = number,
        FromAt = Start,
        ToAt = Start.AddMinutes(holdMinutes),
    };
}
