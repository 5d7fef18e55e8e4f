using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Hosting;

namespace CallTracker.Tests.Pbx.Hosting;

public sealed class AriOptionsValidatorTests
{
    [TestCase(0)]
    [TestCase(1001)]
    public void Connection_cap_out_of_range_is_named_with_the_sessionlimit_it_must_stay_under(int maxConnections)
    {
        var result = new AriOptionsValidator().Validate(null, Valid(maxConnections));

        Assert.That(result.Failures, Has.Exactly(1).Contains("appsettings.json: Ari:MaxConnections").And.Contains("sessionlimit"));
    }

    [Test]
    public void Shipped_connection_cap_stays_below_asterisks_default_session_limit()
    {
        var options = new AriOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.MaxConnections, Is.LessThan(100), "http.conf's sessionlimit is 100 unless set, the event socket among them");
            Assert.That(new AriOptionsValidator().Validate(null, Valid(options.MaxConnections)).Succeeded, Is.True);
        });
    }

    private static AriOptions Valid(int maxConnections) => new() { Password = "secret", MaxConnections = maxConnections };
}
