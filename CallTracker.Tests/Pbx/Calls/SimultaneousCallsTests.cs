using CallTracker.Tests.Fixtures;

namespace CallTracker.Tests.Pbx.Calls;

/// <summary>Hundreds of trunk calls arriving in the same instant, against an Asterisk whose HTTP server takes a hundred connections.</summary>
public sealed class SimultaneousCallsTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task Two_hundred_calls_arriving_together_all_ring_within_asterisks_http_session_limit(CancellationToken cancellationToken)
    {
        const int Calls = 200;
        await using var pbx = await PbxHarness.StartAsync(cancellationToken, ringSeconds: 60);

        var callers = await Task.WhenAll(Enumerable.Range(0, Calls).Select(i =>
            pbx.Asterisk.PlaceInboundCallAsync("74950000001", $"7916{i:D7}", null, cancellationToken)));
        await Eventually.ThatAsync(() => Task.FromResult(Dials(pbx) >= Calls), "every caller's manager is dialled", TimeSpan.FromSeconds(60), cancellationToken);
        await Task.WhenAll(callers.Select(c => c.HangupAsync(cancellationToken)));

        Assert.Multiple(() =>
        {
            Assert.That(pbx.Asterisk.RefusedSessions, Is.Zero, "no connection went past http.conf's sessionlimit");
            Assert.That(Dials(pbx), Is.EqualTo(Calls));
        });
    }

    private static int Dials(PbxHarness pbx) =>
        pbx.Asterisk.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/dial", StringComparison.Ordinal) && r.Status < 300);
}
