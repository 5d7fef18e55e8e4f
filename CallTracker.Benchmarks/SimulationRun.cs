using CallTracker.Pbx.Hosting;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallTracker.Benchmarks;

/// <summary>
/// One scenario of the attribution simulation, driving the real session and attribution services (and SQLite)
/// through a simulated clock: visitors arrive, browse with pings, leave, some come back, some call.
/// </summary>
internal sealed class SimulationRun
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(30);

    private readonly PriorityQueue<Func<Task>, (DateTimeOffset At, long Order)> events = new();
    private readonly SimulatedClock clock;
    private readonly TrackingSessionService sessions;
    private readonly CallAttributionService attribution;
    private readonly ICallRepository calls;
    private readonly ICallAttributionRepository attributions;
    private readonly CancellationToken cancellationToken;
    private long order;

    private SimulationRun(IServiceProvider services, SimulatedClock clock, CancellationToken cancellationToken)
    {
        this.clock = clock;
        this.cancellationToken = cancellationToken;
        sessions = services.GetRequiredService<TrackingSessionService>();
        attribution = services.GetRequiredService<CallAttributionService>();
        calls = services.GetRequiredService<ICallRepository>();
        attributions = services.GetRequiredService<ICallAttributionRepository>();
    }

    private SimulationTally Tally { get; } = new();

    public static async Task<SimulationTally> RunAsync(SimulationScenario scenario, IReadOnlyList<VisitorPlan> plans, CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder(scenario.PoolSize, scenario.HoldMinutes);
        var clock = new SimulatedClock(Start);
        await using var app = CallTrackerHost.Build([], folder.Path, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<TimeProvider>(clock);
        });
        await app.StartAsync(cancellationToken);
        var run = new SimulationRun(app.Services, clock, cancellationToken);
        foreach (var plan in plans)
        {
            run.Schedule(plan);
        }

        while (run.events.TryDequeue(out var action, out var when))
        {
            run.clock.Now = when.At;
            await action();
        }

        await app.StopAsync(CancellationToken.None);
        return run.Tally;
    }

    private void Schedule(VisitorPlan plan)
    {
        var visitor = new SimulatedVisitor(plan.Index);
        foreach (var (from, length) in plan.Visits)
        {
            At(Start + from, () => BeginVisitAsync(visitor));
            for (var ping = PingInterval; ping < length; ping += PingInterval)
            {
                At(Start + from + ping, () => PingAsync(visitor));
            }
        }

        if (plan.CallAt is { } callAt)
        {
            At(Start + callAt, () => CallAsync(visitor));
        }
    }

    private void At(DateTimeOffset at, Func<Task> action) => events.Enqueue(action, (at, order++));

    private async Task BeginVisitAsync(SimulatedVisitor visitor)
    {
        var visit = new Visit
        {
            Site = ServiceFolder.Site,
            VisitorId = visitor.Id,
            LandingUrl = new Uri("https://shop.example/?utm_source=google&utm_medium=cpc"),
            UtmSource = "google",
            UtmMedium = "cpc",
            FromAllowedOrigin = true,
        };
        var result = await sessions.StartAsync(visit, cancellationToken);
        visitor.Sessions.Add(result.SessionId);
        visitor.ShownNumber = result.Number;
        if (result.Number == ServiceFolder.OverflowNumber)
        {
            Tally.OverflowSessions++;
        }
    }

    private async Task PingAsync(SimulatedVisitor visitor)
    {
        var result = await sessions.PingAsync(ServiceFolder.Site, visitor.Sessions[^1], new Uri("https://shop.example/catalog"), fromAllowedOrigin: true, cancellationToken);
        visitor.ShownNumber = result?.Number ?? visitor.ShownNumber;
    }

    private async Task CallAsync(SimulatedVisitor visitor)
    {
        var callId = Guid.CreateVersion7(clock.Now).ToString("N");
        var row = new CallRow
        {
            Id = callId,
            ChannelId = "sim-" + callId,
            TrackingNumber = visitor.ShownNumber!,
            CallerNumber = visitor.Phone,
            RouteName = "sales",
            ArrivedAt = clock.Now,
            Status = CallRow.InProgressStatus,
        };
        await calls.InsertAsync(row, cancellationToken);
        if (await attribution.DecideAsync(callId, row.TrackingNumber, clock.Now, cancellationToken) is { } found)
        {
            await attribution.StoreAsync(found, row.CallerNumber, cancellationToken);
        }

        Tally.Add(visitor, await attributions.GetAsync(callId, cancellationToken));
    }
}
