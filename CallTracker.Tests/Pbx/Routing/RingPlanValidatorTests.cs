using CallTracker.Pbx.Routing;

namespace CallTracker.Tests.Pbx.Routing;

/// <summary>Priority groups, dealers and Weighted routes, as <see cref="RoutingOptionsValidator"/> checks them.</summary>
public sealed class RingPlanValidatorTests
{
    [Test]
    public void Priority_and_weighted_routes_with_their_dealers_pass()
    {
        var result = CreateSut().Validate(null, RingPlanRouting.Options());

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Every_dealer_problem_is_listed_with_file_and_key()
    {
        var options = RingPlanRouting.Options();
        options.Dealers.Add(new DealerOptions { Name = "north", Endpoints = ["PJSIP/999"], Weight = 0, MaxCalls = 0, RingSeconds = 0, Schedule = "weekends" });
        options.Dealers.Add(new DealerOptions { Name = "west" });

        var failures = CreateSut().Validate(null, options).Failures!.ToList();

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "routing.json: Routing:Dealers[3]:Name 'north' is empty or used by another dealer.",
            "routing.json: Routing:Dealers[3]:Endpoints[0] 'PJSIP/999' is not in Routing:Managers.",
            "routing.json: Routing:Dealers[3]:Weight 0 is out of range (1 to 1000).",
            "routing.json: Routing:Dealers[3]:MaxCalls 0 must be 1 or more; leave it out for no cap.",
            "routing.json: Routing:Dealers[3]:RingSeconds 0 is out of range (1 to 300).",
            "routing.json: Routing:Dealers[3]:Schedule 'weekends' is not the name of a schedule in Routing:Schedules.",
            "routing.json: Routing:Dealers[4]:Endpoints is empty; a dealer needs at least one phone from Routing:Managers.",
        }));
    }

    [Test]
    public void Weighted_route_naming_an_unknown_or_repeated_dealer_is_rejected()
    {
        var options = RingPlanRouting.Options();
        options.Routes[2].Dealers = ["north", "dealer-80", "NORTH"];

        var failures = CreateSut().Validate(null, options).Failures!.ToList();

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "routing.json: Routing:Routes[2]:Dealers[1] 'dealer-80' is not the name of a dealer in Routing:Dealers.",
            "routing.json: Routing:Routes[2]:Dealers[2] 'NORTH' is listed twice.",
        }));
    }

    [Test]
    public void Priority_route_with_no_groups_an_empty_group_or_a_group_ringing_by_priority_is_rejected()
    {
        var options = RingPlanRouting.Options();
        var route = options.Routes[1];
        route.Groups[0].Targets.Clear();
        route.Groups[1].Ring = RingMode.Weighted;
        route.Groups[1].Targets[0].Endpoint = "PJSIP/999";
        options.Routes.Add(new RouteOptions { Name = "nothing", Ring = RingMode.Priority });

        var failures = CreateSut().Validate(null, options).Failures!.ToList();

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "routing.json: Routing:Routes[1]:Groups[0]:Targets is empty; each group rings at least one manager.",
            "routing.json: Routing:Routes[1]:Groups[1]:Ring 'Weighted' is not Sequential or Simultaneous.",
            "routing.json: Routing:Routes[1]:Groups[1]:Targets[0]:Endpoint 'PJSIP/999' is not in Routing:Managers.",
            "routing.json: Routing:Routes[3]:Groups is empty; a Priority route rings its groups in order.",
        }));
    }

    [Test]
    public void Groups_or_dealers_on_a_route_that_does_not_ring_them_are_rejected()
    {
        var options = RingPlanRouting.Options();
        options.Routes[1].Ring = RingMode.Sequential;
        options.Routes[1].Targets.Add(new RouteTargetOptions { Endpoint = "PJSIP/101" });
        options.Routes[2].Ring = RingMode.Priority;

        var failures = CreateSut().Validate(null, options).Failures!.ToList();

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "routing.json: Routing:Routes[1]:Groups is only rung when Ring is Priority (Ring is Sequential).",
            "routing.json: Routing:Routes[2]:Dealers is only rung when Ring is Weighted (Ring is Priority).",
            "routing.json: Routing:Routes[2]:Groups is empty; a Priority route rings its groups in order.",
        }));
    }

    [Test]
    public void Weighted_route_with_targets_or_a_menu_and_no_dealers_is_rejected()
    {
        var options = RingPlanRouting.Options();
        var route = options.Routes[2];
        route.Dealers.Clear();
        route.Targets.Add(new RouteTargetOptions { Endpoint = "PJSIP/101" });
        route.Menu = "main";

        var failures = CreateSut().Validate(null, options).Failures!.ToList();

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "routing.json: Routing:Routes[2]:Dealers is empty; a Weighted route rings dealers named in Routing:Dealers.",
            "routing.json: Routing:Routes[2]:Targets is not rung by a Weighted route; list the managers in Routing:Dealers instead.",
            "routing.json: Routing:Routes[2]:Ring Weighted does not go with a Menu: the menu chooses the route that rings, so give that route the Weighted ring.",
        }));
    }

    private static RoutingOptionsValidator CreateSut() => new();
}
