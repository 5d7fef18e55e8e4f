using CallTracker.Pbx.Reports;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Tests.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Tracking;

/// <summary>The tracking services of ServiceFolder.ValidTracking over a real, migrated SQLite file and a fake clock.</summary>
internal sealed class TrackingServices : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private TrackingServices(TempDatabase database)
    {
        Database = database;
        var factory = database.ConnectionFactory;
        Sessions = new SqliteTrackingSessionRepository(factory);
        Assignments = new SqliteNumberAssignmentRepository(factory);
        Attributions = new SqliteCallAttributionRepository(factory);
        Touches = new SqliteCallerTouchRepository(factory);
        Calls = new SqliteCallRepository(factory);
        CallEvents = new SqliteCallEventRepository(factory);
        Directory = new TrackingDirectory(Options.Create(TrackingOptionsValidatorTests.Load()));
        Allocator = new NumberPoolAllocator(Directory);
        SessionService = new TrackingSessionService(Directory, Allocator, Sessions, Time, NullLogger<TrackingSessionService>.Instance);
    }

    public TempDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public TrackingDirectory Directory { get; }

    public NumberPoolAllocator Allocator { get; }

    public TrackingSessionService SessionService { get; }

    public ITrackingSessionRepository Sessions { get; }

    public INumberAssignmentRepository Assignments { get; }

    public ICallAttributionRepository Attributions { get; }

    public ICallerTouchRepository Touches { get; }

    public ICallRepository Calls { get; }

    public ICallEventRepository CallEvents { get; }

    public CallTypeClassifier CallTypes => new(new SqliteCallTypeRepository(Database.ConnectionFactory), Options.Create(new CallTypeOptions()), NullLogger<CallTypeClassifier>.Instance);

    public static async Task<TrackingServices> CreateAsync(CancellationToken cancellationToken)
    {
        var database = new TempDatabase();
        await database.MigrateAsync(cancellationToken);
        return new TrackingServices(database);
    }

    public CallAttributionService CreateAttribution(INumberAssignmentRepository? assignments = null, Microsoft.Extensions.Logging.ILogger<CallAttributionService>? logger = null) =>
        new(Directory, assignments ?? Assignments, Attributions, Touches, logger ?? NullLogger<CallAttributionService>.Instance);

    /// <summary>A paid visit from Google Ads, as the snippet on an allowed origin would report it.</summary>
    public static Visit PaidVisit(string visitorId, string? country = null) => new()
    {
        Site = "shop",
        VisitorId = visitorId,
        LandingUrl = new Uri("https://shop.example/sofas?utm_source=google&utm_medium=cpc&utm_campaign=spring"),
        Referrer = "https://www.google.com/",
        UtmSource = "google",
        UtmMedium = "cpc",
        UtmCampaign = "spring",
        UtmTerm = "sofa",
        Keyword = "buy sofa",
        Device = "mobile",
        Country = country,
        FromAllowedOrigin = true,
    };

    /// <summary>Writes the call row, as the call handler does before it asks for attribution.</summary>
    public Task InsertCallAsync(string callId, string number, string caller, CancellationToken cancellationToken) =>
        Calls.InsertAsync(
            new CallRow { Id = callId, ChannelId = "ch-" + callId, TrackingNumber = number, CallerNumber = caller, RouteName = "sales", ArrivedAt = Time.GetUtcNow(), Status = CallRow.InProgressStatus },
            cancellationToken);

    public void Dispose() => Database.Dispose();
}
