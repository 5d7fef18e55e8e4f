using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Webhooks;

/// <summary>
/// Delivers the outbox: leases what is due (only the earliest pending event of a call per endpoint, so a call's events
/// arrive in order), posts up to <see cref="PerEndpoint"/> at once to each endpoint, so a slow receiver holds only its
/// own posts, and records each attempt: delivered, tried again after a backoff, or given up. Wakes when the journal
/// commits, when a post ends, when a retry falls due, or every <see cref="Poll"/>. A restart takes up whatever is pending.
/// </summary>
public sealed partial class WebhookDeliveryWorker(
    IWebhookOutboxRepository outbox,
    WebhookSender sender,
    WebhookSignal signal,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    internal const int PerEndpoint = 8;

    internal static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);

    internal static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    /// <summary>A delivery stays leased this much past its endpoint's timeout, which no post outlives.</summary>
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);

    private const int PurgeBatch = 2_000;

    private readonly List<(string Endpoint, Task Post)> inflight = [];
    private DateTimeOffset purgeAt = DateTimeOffset.MinValue;

    private WebhookOptions Settings => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PrepareAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            try
            {
                await StartDueAsync(stoppingToken);
                await PurgeWhenDueAsync(stoppingToken);
                await WaitAsync(wake, await outbox.NextDueAtAsync(WithFreeSlots(), stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // A busy or failing database must not end delivery for good: what is pending stays pending.
                LogOutboxFailed(logger, e, Poll.TotalSeconds);
                await WaitAsync(wake, time.GetUtcNow() + Poll, stoppingToken);
            }
        }

        await Task.WhenAll(inflight.Select(i => i.Post));
    }

    /// <summary>For each endpoint, leases what is due up to its free slots and starts posting it.</summary>
    private async Task StartDueAsync(CancellationToken stoppingToken)
    {
        inflight.RemoveAll(i => i.Post.IsCompleted);
        foreach (var endpoint in Settings.Endpoints)
        {
            var free = PerEndpoint - inflight.Count(i => i.Endpoint == endpoint.Name);
            if (free <= 0)
            {
                continue;
            }

            var now = time.GetUtcNow();
            foreach (var delivery in await outbox.LeaseDueAsync(endpoint.Name, now, now + endpoint.Timeout + LeaseMargin, free, stoppingToken))
            {
                inflight.Add((endpoint.Name, DeliverAsync(endpoint, delivery, stoppingToken)));
            }
        }
    }

    /// <summary>The endpoints that could take another post now; one whose slots are all in flight waits for a post to end.</summary>
    private string[] WithFreeSlots() =>
        Settings.Endpoints.Select(e => e.Name).Where(name => inflight.Count(i => i.Endpoint == name && !i.Post.IsCompleted) < PerEndpoint).ToArray();

    private async Task WaitAsync(Task wake, DateTimeOffset? nextDue, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var until = now + Poll;
        if (nextDue < until)
        {
            until = nextDue.Value;
        }

        if (purgeAt < until)
        {
            until = purgeAt;
        }

        if (until <= now)
        {
            return;
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(until - now, time, cancel.Token);
        await Task.WhenAny([.. inflight.Select(i => i.Post), wake, delay]);
        await cancel.CancelAsync();
    }

    /// <summary>Takes up what the last run left in flight, and gives up what no configured endpoint will take.</summary>
    private async Task PrepareAsync(CancellationToken stoppingToken)
    {
        try
        {
            var released = await outbox.ReleaseAllAsync(stoppingToken);
            if (released > 0)
            {
                LogLeasesReleased(logger, released);
            }

            var configured = Settings.Endpoints.Select(e => e.Name).ToArray();
            var removed = await outbox.GiveUpOtherEndpointsAsync(configured, time.GetUtcNow(), $"the endpoint is no longer in {WebhookOptions.SectionName}:Endpoints", stoppingToken);
            if (removed > 0)
            {
                LogRemovedEndpoint(logger, removed);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogOutboxFailed(logger, e, Poll.TotalSeconds);
        }
    }

    private async Task PurgeWhenDueAsync(CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        if (now < purgeAt)
        {
            return;
        }

        purgeAt = now + PurgeInterval;
        var before = now.AddDays(-Settings.KeepDays);
        long purged = 0;
        int deleted;
        do
        {
            deleted = await outbox.PurgeAsync(before, PurgeBatch, stoppingToken);
            purged += deleted;
        }
        while (deleted == PurgeBatch);

        if (purged > 0)
        {
            LogPurged(logger, purged, Settings.KeepDays);
        }
    }
}
