using CallTracker.Pbx.Routing;

namespace CallTracker.Tests.Pbx.Routing;

public sealed class RoutingOptionsValidatorTests
{
    [Test]
    public void Valid_routing_passes()
    {
        var result = CreateSut().Validate(null, ValidOptions());

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Every_problem_is_listed_with_file_and_key()
    {
        var options = ValidOptions();
        options.DefaultRoute = "nowhere";
        options.Managers.Add(new ManagerOptions { Endpoint = "PJSIP101", Name = "Typo" });
        options.Routes[0].Targets.Add(new RouteTargetOptions { Endpoint = "PJSIP/999", RingSeconds = 0 });
        options.TrackingNumbers.Add(new TrackingNumberOptions { Number = "+7 (495) 000-00-01", Route = "sales" });

        var failures = CreateSut().Validate(null, options).Failures!.ToList();

        Assert.That(failures, Has.Some.EqualTo("routing.json: Routing:DefaultRoute 'nowhere' is not the name of a route in Routing:Routes."));
        Assert.That(failures, Has.Some.EqualTo("routing.json: Routing:Managers[2]:Endpoint 'PJSIP101' is not an Asterisk endpoint like PJSIP/101."));
        Assert.That(failures, Has.Some.EqualTo("routing.json: Routing:Routes[0]:Targets[2]:Endpoint 'PJSIP/999' is not in Routing:Managers."));
        Assert.That(failures, Has.Some.EqualTo("routing.json: Routing:Routes[0]:Targets[2]:RingSeconds 0 is out of range (1 to 300)."));
        Assert.That(failures, Has.Some.EqualTo("routing.json: Routing:TrackingNumbers[1]:Number '+7 (495) 000-00-01' is listed twice."));
        Assert.That(failures, Has.Count.EqualTo(5));
    }

    [Test]
    public void A_route_without_targets_is_rejected()
    {
        var options = ValidOptions();
        options.Routes[0].Targets.Clear();

        var failures = CreateSut().Validate(null, options).Failures!;

        Assert.That(failures, Has.Some.Contains("Routing:Routes[0]:Targets is empty"));
    }

    [Test]
    public void A_tracking_number_pointing_at_a_missing_route_is_rejected()
    {
        var options = ValidOptions();
        options.TrackingNumbers[0].Route = "support";

        var failures = CreateSut().Validate(null, options).Failures!;

        Assert.That(failures, Has.Some.EqualTo("routing.json: Routing:TrackingNumbers[0]:Route 'support' is not the name of a route in Routing:Routes."));
    }

    [TestCase(0)]
    [TestCase(3651)]
    public void StickyDays_out_of_range_is_rejected(int days)
    {
        var options = ValidOptions();
        options.StickyDays = days;

        var failures = CreateSut().Validate(null, options).Failures!;

        Assert.That(failures, Is.EqualTo(new[] { $"routing.json: Routing:StickyDays {days} is out of range (1 to 3650)." }));
    }

    internal static RoutingOptions ValidOptions() => new()
    {
        DefaultRoute = "sales",
        Managers =
        [
            new ManagerOptions { Endpoint = "PJSIP/101", Name = "Anna" },
            new ManagerOptions { Endpoint = "PJSIP/102", Name = "Boris" },
        ],
        Routes =
        [
            new RouteOptions
            {
                Name = "sales",
                Targets =
                [
                    new RouteTargetOptions { Endpoint = "PJSIP/101", RingSeconds = 20 },
                    new RouteTargetOptions { Endpoint = "PJSIP/102", RingSeconds = 20 },
                ],
            },
        ],
        TrackingNumbers = [new TrackingNumberOptions { Number = "74950000001", Route = "sales" }],
    };

    private static RoutingOptionsValidator CreateSut() => new();
}
