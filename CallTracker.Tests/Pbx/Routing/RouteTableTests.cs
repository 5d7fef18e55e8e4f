using CallTracker.Pbx.Routing;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Routing;

public sealed class RouteTableTests
{
    [TestCase("74950000001")]
    [TestCase("+74950000001")]
    [TestCase("7 (495) 000-00-01")]
    public void A_listed_number_resolves_to_its_route_whatever_its_formatting(string dialled)
    {
        var decision = CreateSut().Resolve(dialled);

        Assert.Multiple(() =>
        {
            Assert.That(decision.IsKnownNumber, Is.True);
            Assert.That(decision.Route.Name, Is.EqualTo("sales"));
            Assert.That(decision.Route.Targets.Select(t => t.ManagerName), Is.EqualTo(new[] { "Anna", "Boris" }));
        });
    }

    [Test]
    public void An_unknown_number_takes_the_default_route_and_is_flagged()
    {
        var decision = CreateSut().Resolve("74959999999");

        Assert.Multiple(() =>
        {
            Assert.That(decision.IsKnownNumber, Is.False);
            Assert.That(decision.Route.Name, Is.EqualTo("sales"));
        });
    }

    [Test]
    public void A_weighted_route_resolves_each_dealer_with_its_phones_named_for_it()
    {
        var route = new RouteTable(Options.Create(RingPlanRouting.Options())).Get("dealers");

        Assert.Multiple(() =>
        {
            Assert.That(route.Dealers!.Select(d => (d.Name, d.Weight)), Is.EqualTo(new[] { ("north", 3), ("south", 1) }));
            Assert.That(route.Dealers![0].Targets, Is.EqualTo(new[] { new RouteTarget("PJSIP/101", "Anna", TimeSpan.FromSeconds(15), "north") }));
        });
    }

    private static RouteTable CreateSut() => new(Options.Create(RoutingOptionsValidatorTests.ValidOptions()));
}
