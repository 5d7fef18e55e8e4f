using CallTracker.Pbx.Calls;

namespace CallTracker.Tests.Pbx.Calls;

public sealed class OutboundOptionsValidatorTests
{
    [Test]
    public void The_defaults_are_valid()
    {
        Assert.That(new OutboundOptionsValidator().Validate(null, new OutboundOptions()).Succeeded, Is.True);
    }

    [TestCase("PJSIP/trunk", "appsettings.json: Outbound:TrunkEndpoint 'PJSIP/trunk' must be a channel endpoint with {0} where the number goes, e.g. PJSIP/{0}@trunk.")]
    [TestCase("PJSIP/{1}@trunk", "appsettings.json: Outbound:TrunkEndpoint 'PJSIP/{1}@trunk' must be a channel endpoint with {0} where the number goes, e.g. PJSIP/{0}@trunk.")]
    public void A_trunk_endpoint_without_a_place_for_the_number_is_named(string endpoint, string problem)
    {
        var result = new OutboundOptionsValidator().Validate(null, new OutboundOptions { TrunkEndpoint = endpoint });

        Assert.That(result.Failures, Is.EqualTo(new[] { problem }));
    }
}
