using System.Collections.Concurrent;
using CallTracker.Pbx.Callbacks;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Callbacks;

/// <summary>The retry schedule on a fake clock, over a real database, with attempts whose outcomes the test sets.</summary>
[CancelAfter(20_000)]
public sealed class CallbackSchedulerTests : MigratedDatabaseTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Unanswered_attempts_are_retried_after_each_configured_wait_then_the_callback_fails(CancellationToken cancellationToken)
    {
        var (time, placer, repository, service, sut) = CreateSut(CallStatus.CallbackManagerNoAnswer, CallStatus.CallbackClientBusy, CallStatus.CallbackClientNoAnswer);
        await sut.StartAsync(cancellationToken);
        var callback = await service.RequestAsync("shop", "79161234567", null, "sales", cancellationToken);

        await Eventually.ThatAsync(() => placer.Count == 1, "the first attempt is placed at once", cancellationToken);
        var afterFirst = await WaitForAttemptsEndedAsync(repository, callback.Id, 1, cancellationToken);
        await AdvanceUntilAsync(time, () => placer.Count == 2, TimeSpan.FromMinutes(6), cancellationToken);
        await AdvanceUntilAsync(time, () => placer.Count == 3, TimeSpan.FromMinutes(16), cancellationToken);
        var done = await WaitForAttemptsEndedAsync(repository, callback.Id, 3, cancellationToken);
        await AdvanceForAsync(time, TimeSpan.FromHours(1), cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(afterFirst.NextAttemptAt, Is.EqualTo(T0 + TimeSpan.FromMinutes(5)), "first retry 5 minutes after the first attempt");
            Assert.That(placer.Placed[1].At - T0, Is.InRange(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(6)));
            Assert.That(placer.Placed[2].At - placer.Placed[1].At, Is.InRange(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(16)));
            Assert.That(placer.Placed.Select(p => p.Call.Attempt), Is.EqualTo(new[] { 1, 2, 3 }), "no attempt after the last retry");
            Assert.That(done.State, Is.EqualTo("Failed"));
            Assert.That(done.Status, Is.EqualTo("CallbackClientNoAnswer"));
            Assert.That(done.NextAttemptAt, Is.Null);
        });
    }

    [Test]
    public async Task Connected_attempt_ends_the_callback_and_publishes_its_end_for_the_webhooks(CancellationToken cancellationToken)
    {
        var (time, placer, repository, service, sut) = CreateSut(CallStatus.CallbackConnected);
        await sut.StartAsync(cancellationToken);
        var callback = await service.RequestAsync("shop", "79161234567", null, "sales", cancellationToken);

        var done = await WaitForAttemptsEndedAsync(repository, callback.Id, 1, cancellationToken);
        await AdvanceForAsync(time, TimeSpan.FromHours(1), cancellationToken);
        await sut.StopAsync(cancellationToken);

        var ended = placer.Events.OfType<CallbackAttemptEnded>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(done.State, Is.EqualTo("Connected"));
            Assert.That(placer.Placed, Has.Count.EqualTo(1));
            Assert.That(placer.Events.OfType<CallbackRequested>().Single().CallbackId, Is.EqualTo(callback.Id));
            Assert.That(ended.CallId, Is.EqualTo(placer.Placed[0].Call.CallId), "the end belongs to the attempt's call");
            Assert.That(ended.State, Is.EqualTo("Connected"));
        });
    }

    [Test]
    public async Task Attempt_a_killed_process_left_Calling_counts_as_Interrupted_and_is_retried(CancellationToken cancellationToken)
    {
        var (time, placer, repository, _, sut) = CreateSut(CallStatus.CallbackConnected);
        var left = new CallbackRow { Id = "cb-killed", Site = "shop", Phone = "79161234567", Route = "sales", State = "Calling", Attempts = 1, RequestedAt = T0, UpdatedAt = T0 };
        await repository.InsertAsync(left, cancellationToken);
        await repository.SaveAttemptAsync(left, new CallbackAttemptRow { CallbackId = left.Id, Attempt = 1, CallId = "call-of-the-dead", StartedAt = T0 }, cancellationToken);

        await sut.StartAsync(cancellationToken);
        var recovered = await WaitForAttemptsEndedAsync(repository, left.Id, 1, cancellationToken);
        await AdvanceUntilAsync(time, () => placer.Count == 1, TimeSpan.FromMinutes(6), cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(recovered.Status, Is.EqualTo("Interrupted"));
            Assert.That(recovered.NextAttemptAt, Is.EqualTo(T0 + TimeSpan.FromMinutes(5)));
            Assert.That(placer.Placed.Single().Call.Attempt, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Nothing_is_tried_while_Asterisk_is_not_connected(CancellationToken cancellationToken)
    {
        var (time, placer, repository, service, sut) = CreateSut(CallStatus.CallbackConnected);
        placer.CanCall = false;
        await sut.StartAsync(cancellationToken);
        var callback = await service.RequestAsync("shop", "79161234567", null, "sales", cancellationToken);

        await AdvanceForAsync(time, TimeSpan.FromMinutes(1), cancellationToken);
        var waiting = await repository.GetAsync(callback.Id, cancellationToken);
        placer.CanCall = true;
        await AdvanceUntilAsync(time, () => placer.Count == 1, TimeSpan.FromSeconds(30), cancellationToken);
        await sut.StopAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(waiting!.State, Is.EqualTo("Pending"));
            Assert.That(waiting.Attempts, Is.Zero, "waiting for Asterisk costs no attempt");
            Assert.That(placer.Placed.Single().Call.Attempt, Is.EqualTo(1));
        });
    }

    private (FakeTimeProvider Time, ScriptedPlacer Placer, ICallbackRepository Repository, CallbackService Service, CallbackScheduler Sut) CreateSut(params CallStatus[] outcomes)
    {
        var time = new FakeTimeProvider(T0);
        var placer = new ScriptedPlacer(time, outcomes);
        var repository = new SqliteCallbackRepository(Database.ConnectionFactory);
        var events = new CallEventBus([placer]);
        var options = Options.Create(new CallbackOptions { RetryMinutes = [5, 15] });
        var sut = new CallbackScheduler(repository, new SqliteCallRepository(Database.ConnectionFactory), placer, events, options, time, NullLogger<CallbackScheduler>.Instance);
        return (time, placer, repository, new CallbackService(repository, sut, events, time), sut);
    }

    /// <summary>Moves the fake clock ten seconds at a time, letting the scheduler run between steps, until the condition holds.</summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider time, Func<bool> condition, TimeSpan limit, CancellationToken cancellationToken)
    {
        var end = time.GetUtcNow() + limit;
        while (!condition())
        {
            if (time.GetUtcNow() >= end)
            {
                Assert.Fail($"The scheduler did not get there within {limit} of fake time.");
            }

            await StepAsync(time, cancellationToken);
        }
    }

    /// <summary>Lets <paramref name="duration"/> of fake time pass, ten seconds at a time.</summary>
    private static async Task AdvanceForAsync(FakeTimeProvider time, TimeSpan duration, CancellationToken cancellationToken)
    {
        var end = time.GetUtcNow() + duration;
        while (time.GetUtcNow() < end)
        {
            await StepAsync(time, cancellationToken);
        }
    }

    private static async Task StepAsync(FakeTimeProvider time, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
        time.Advance(TimeSpan.FromSeconds(10));
    }

    private static async Task<CallbackRow> WaitForAttemptsEndedAsync(ICallbackRepository repository, string id, int attempts, CancellationToken cancellationToken)
    {
        CallbackRow? row = null;
        await Eventually.ThatAsync(
            async () => (row = await repository.GetAsync(id, cancellationToken)) is { State: not "Calling" } && row.Attempts == attempts,
            $"attempt {attempts} of {id} is stored as ended",
            cancellationToken);
        return row!;
    }

    /// <summary>Places nothing: answers each attempt with the next scripted status, and keeps what it was handed.</summary>
    private sealed class ScriptedPlacer(FakeTimeProvider time, CallStatus[] outcomes) : ICallbackCalls, ICallEventSink
    {
        private int next;

        public bool CanCall { get; set; } = true;

        public List<(CallbackCall Call, DateTimeOffset At)> Placed { get; } = [];

        public int Count
        {
            get
            {
                lock (Placed)
                {
                    return Placed.Count;
                }
            }
        }

        public ConcurrentQueue<CallEvent> Events { get; } = new();

        public Task<CallStatus> CallAsync(CallbackCall attempt, CancellationToken cancellationToken)
        {
            lock (Placed)
            {
                Placed.Add((attempt, time.GetUtcNow()));
            }

            return Task.FromResult(outcomes[Math.Min(next++, outcomes.Length - 1)]);
        }

        public void Publish(CallEvent callEvent) => Events.Enqueue(callEvent);
    }
}
