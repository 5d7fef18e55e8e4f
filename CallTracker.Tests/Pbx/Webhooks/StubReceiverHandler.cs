using System.Collections.Concurrent;
using System.Net;
using CallTracker.Pbx.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace CallTracker.Tests.Pbx.Webhooks;

/// <summary>The receiver's side of HttpClient for the worker's unit tests: answers what <see cref="Answer"/> says and notes each post on the fake clock.</summary>
internal sealed class StubReceiverHandler(FakeTimeProvider time) : HttpMessageHandler
{
    private readonly ConcurrentQueue<(DateTimeOffset At, string EventId)> posts = new();

    /// <summary>The status for a post of the given event (its Idempotency-Key); may wait, as a slow receiver does.</summary>
    public Func<string, CancellationToken, Task<HttpStatusCode>> Answer { get; set; } = (_, _) => Task.FromResult(HttpStatusCode.OK);

    public IReadOnlyList<(DateTimeOffset At, string EventId)> Posts => posts.ToArray();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var eventId = request.Headers.GetValues(WebhookHeaders.IdempotencyKey).Single();
        posts.Enqueue((time.GetUtcNow(), eventId));
        return new HttpResponseMessage(await Answer(eventId, cancellationToken));
    }
}
