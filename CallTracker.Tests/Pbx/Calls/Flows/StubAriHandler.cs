using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace CallTracker.Tests.Pbx.Calls.Flows;

/// <summary>
/// ARI REST as far as a flow's unit test needs it: every request succeeds at once with a body any ARI model can read
/// (unless the test has it refused), and is recorded, so the test sees what the flow asked of Asterisk and feeds it
/// the events itself.
/// </summary>
internal sealed class StubAriHandler : HttpMessageHandler
{
    private const string AnyModel = """{ "id": "stub", "name": "stub", "state": "Up" }""";

    private readonly ConcurrentQueue<string> requests = new();
    private readonly ConcurrentBag<(Func<string, bool> Matches, TaskCompletionSource Seen)> waiters = [];
    private readonly ConcurrentBag<(string Fragment, HttpStatusCode Status, string Message)> refusals = [];

    /// <summary>"POST /ari/channels/c1-m1/dial?…", in the order they came.</summary>
    public IReadOnlyList<string> Requests => [.. requests];

    /// <summary>Completes when a request containing <paramref name="fragment"/> has come (or already had).</summary>
    public Task SeenAsync(string fragment, CancellationToken cancellationToken)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters.Add((r => r.Contains(fragment, StringComparison.Ordinal), seen));
        if (requests.Any(r => r.Contains(fragment, StringComparison.Ordinal)))
        {
            seen.TrySetResult();
        }

        return seen.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Answers requests containing <paramref name="fragment"/> as Asterisk answers an error: the status and a JSON message.</summary>
    public void Refuse(string fragment, HttpStatusCode status, string message) => refusals.Add((fragment, status, message));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var line = $"{request.Method} {request.RequestUri!.PathAndQuery}";
        requests.Enqueue(line);
        foreach (var (matches, seen) in waiters)
        {
            if (matches(line))
            {
                seen.TrySetResult();
            }
        }

        foreach (var (fragment, status, message) in refusals)
        {
            if (line.Contains(fragment, StringComparison.Ordinal))
            {
                var error = new StringContent("{ \"message\": \"" + message + "\" }", Encoding.UTF8, "application/json");
                return Task.FromResult(new HttpResponseMessage(status) { Content = error });
            }
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(AnyModel, Encoding.UTF8, "application/json") });
    }
}
