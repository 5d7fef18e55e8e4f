using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Logging;

namespace CallTracker.Pbx.Tracking;

/// <summary>Starts sessions for visits and keeps them alive: picks each visit's number and records what it did.</summary>
public sealed partial class TrackingSessionService(
    TrackingDirectory directory,
    NumberPoolAllocator allocator,
    ITrackingSessionRepository sessions,
    TimeProvider time,
    ILogger<TrackingSessionService> logger)
{
    /// <summary>Starts a session on a site known to <see cref="TrackingDirectory"/>.</summary>
    public async Task<TrackingSessionResult> StartAsync(Visit visit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var site = directory.FindSite(visit.Site) ?? throw new ArgumentException($"Site '{visit.Site}' is not in tracking.json.", nameof(visit));
        var now = time.GetUtcNow();
        var traffic = TrafficClassifier.Classify(visit);
        var sessionId = Guid.CreateVersion7(now).ToString("N");
        var shown = Show(site, site.Choose(visit, traffic), visit.VisitorId, visit.FromAllowedOrigin, wasOverflowing: false, now);
        var row = new TrackingSessionRow
        {
            Id = sessionId,
            Site = site.Name,
            VisitorId = visit.VisitorId,
            StartedAt = now,
            LastSeenAt = now,
            LandingUrl = visit.LandingUrl.OriginalString,
            CurrentPage = visit.LandingUrl.OriginalString,
            Referrer = visit.Referrer,
            UtmSource = visit.UtmSource,
            UtmMedium = visit.UtmMedium,
            UtmCampaign = visit.UtmCampaign,
            UtmContent = visit.UtmContent,
            UtmTerm = visit.UtmTerm,
            Keyword = visit.Keyword,
            Device = visit.Device,
            Country = visit.Country,
            Channel = traffic.Channel,
            Source = traffic.Source,
            Number = shown.Number,
            NumberKind = shown.Kind.ToString(),
            Pool = shown.Pool,
        };
        var assignment = shown.HeldUntil is { } until
            ? new NumberAssignmentRow { SessionId = sessionId, Pool = shown.Pool!, Number = shown.Number, FromAt = now, ToAt = until }
            : null;
        await sessions.CreateAsync(row, assignment, cancellationToken);
        return Result(row.Id, row.VisitorId, site, shown);
    }

    /// <summary>Keeps the session's number held; null when the site has no such session.</summary>
    /// <param name="fromAllowedOrigin">False for a ping without an Origin (not from a page): it then renews no pool number.</param>
    public async Task<TrackingSessionResult?> PingAsync(string siteName, string sessionId, Uri page, bool fromAllowedOrigin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var session = await sessions.GetAsync(sessionId, cancellationToken);
        if (session is null || !string.Equals(session.Site, siteName, StringComparison.OrdinalIgnoreCase) || directory.FindSite(session.Site) is not { } site)
        {
            return null;
        }

        var now = time.GetUtcNow();

        // Pool and overflow sessions ask their pool again: a released number may come back, an overflow may now get one.
        // A ping without an Origin renews nothing: one such ping every 29 minutes used to keep a number held for good.
        var shown = session.Pool is { } pool && fromAllowedOrigin
            ? Show(site, new NumberChoice(ShownNumberKind.Pool, null, pool), session.VisitorId, fromAllowedOrigin, session.NumberKind == nameof(ShownNumberKind.Overflow), now)
            : new ShownNumber(session.Number, Enum.Parse<ShownNumberKind>(session.NumberKind), session.Pool, null);
        var ping = new SessionPing
        {
            SessionId = session.Id,
            At = now,
            Page = page.OriginalString,
            Number = shown.Number,
            NumberKind = shown.Kind.ToString(),
            Pool = shown.Pool,
            HeldUntil = shown.HeldUntil,
            MaxPages = directory.Limits.MaxPagesPerSession,
        };
        return await sessions.RecordPingAsync(ping, cancellationToken) ? Result(session.Id, session.VisitorId, site, shown) : null;
    }

    private ShownNumber Show(TrackingSite site, NumberChoice choice, string visitorId, bool fromAllowedOrigin, bool wasOverflowing, DateTimeOffset now)
    {
        if (choice.Pool is null)
        {
            return new ShownNumber(choice.Number!, choice.Kind, null, null);
        }

        // A request without an Origin is a script, not a page: five of them used to drain a pool.
        if (!fromAllowedOrigin || allocator.Find(site.Name, choice.Pool) is not { } pool)
        {
            return new ShownNumber(site.DefaultNumber, ShownNumberKind.Default, null, null);
        }

        var allocation = pool.Acquire(visitorId, now, directory.Hold);
        if (allocation.Number is { } number)
        {
            return new ShownNumber(number, ShownNumberKind.Pool, pool.Name, allocation.HeldUntil);
        }

        // The first overflowing session and every hundredth after it: enough to alert an admin without flooding the log.
        if (!wasOverflowing && pool.CountOverflowingSession() is var overflows && overflows % 100 == 1)
        {
            LogPoolExhausted(logger, site.Name, pool.Name, pool.Size, overflows, site.OverflowNumber);
        }

        return new ShownNumber(site.OverflowNumber, ShownNumberKind.Overflow, pool.Name, null);
    }

    private TrackingSessionResult Result(string sessionId, string visitorId, TrackingSite site, ShownNumber shown) =>
        new(sessionId, visitorId, shown.Number, site.DefaultNumber, (int)directory.PingInterval.TotalSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Number pool {Site}/{Pool} is exhausted (all {Size} numbers held); visitors see {OverflowNumber} instead. Overflows since start: {Overflows}")]
    private static partial void LogPoolExhausted(ILogger logger, string site, string pool, int size, long overflows, string overflowNumber);
}
