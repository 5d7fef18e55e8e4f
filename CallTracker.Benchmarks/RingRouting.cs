namespace CallTracker.Benchmarks;

/// <summary>
/// Who ring-latency's calls ring: each tracking number has a manager (<c>PJSIP/</c> + the number) and a route of its
/// own, so no call of a round waits on another's manager, however the service comes to count managers' calls.
/// </summary>
internal static class RingRouting
{
    /// <summary>Longer than any round: no leg reaches its dial timeout before the benchmark hangs its caller up.</summary>
    public const int RingSeconds = 120;

    /// <summary>The number call <paramref name="index"/> of a round dials.</summary>
    public static string TrackingNumber(int index) => $"7496{index:D7}";

    public static string Endpoint(string trackingNumber) => "PJSIP/" + trackingNumber;

    /// <summary>routing.json for the first <paramref name="numbers"/> tracking numbers.</summary>
    public static object Routing(int numbers)
    {
        var dialled = Enumerable.Range(0, numbers).Select(TrackingNumber).ToArray();
        return new
        {
            Routing = new
            {
                DefaultRoute = Route(dialled[0]),
                Managers = dialled.Select(n => new { Endpoint = Endpoint(n), Name = "Manager " + n }),
                Routes = dialled.Select(n => new { Name = Route(n), Targets = new[] { new { Endpoint = Endpoint(n), RingSeconds } } }),
                TrackingNumbers = dialled.Select(n => new { Number = n, Route = Route(n) }),
            },
        };
    }

    private static string Route(string trackingNumber) => "to-" + trackingNumber;
}
