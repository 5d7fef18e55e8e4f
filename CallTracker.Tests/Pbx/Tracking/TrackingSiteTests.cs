using CallTracker.Pbx.Tracking;

namespace CallTracker.Tests.Pbx.Tracking;

/// <summary>The rules of ServiceFolder.ValidTracking: KZ → static, paid → pool "paid", Google organic → static, else default.</summary>
public sealed class TrackingSiteTests
{
    [Test]
    public void A_geo_rule_gives_visitors_from_its_country_their_number_before_any_other_rule()
    {
        var choice = Choose(Visit("https://shop.example/?utm_medium=cpc") with { Country = "KZ" });

        Assert.That(choice, Is.EqualTo(new NumberChoice(ShownNumberKind.Static, "77270000001", null)));
    }

    [Test]
    public void A_visit_of_unknown_country_falls_through_the_geo_rule()
    {
        var choice = Choose(Visit("https://shop.example/?utm_medium=cpc"));

        Assert.That(choice, Is.EqualTo(new NumberChoice(ShownNumberKind.Pool, null, "paid")));
    }

    [TestCase("https://shop.example/?gclid=abc", null, ShownNumberKind.Pool, null)]
    [TestCase("https://shop.example/", "https://www.google.ru/", ShownNumberKind.Static, "74950000004")]
    [TestCase("https://shop.example/", "https://yandex.ru/search", ShownNumberKind.Default, "74950000001")]
    [TestCase("https://shop.example/", null, ShownNumberKind.Default, "74950000001")]
    [TestCase("https://shop.example/", "https://blog.example/post", ShownNumberKind.Default, "74950000001")]
    public void Combined_tracking_pools_paid_traffic_and_gives_organic_and_direct_one_number_each(string landing, string? referrer, ShownNumberKind kind, string? number)
    {
        var choice = Choose(Visit(landing) with { Referrer = referrer });

        Assert.That((choice.Kind, choice.Number), Is.EqualTo((kind, number)));
    }

    [Test]
    public void The_first_matching_rule_wins()
    {
        var options = TrackingOptionsValidatorTests.Load().Sites[0];
        options.Rules.Insert(0, new TrackingRuleOptions { UtmCampaign = "Spring", Number = "74950000002" });
        var sut = new TrackingSite(options);
        var visit = Visit("https://shop.example/?utm_medium=cpc") with { UtmMedium = "cpc", UtmCampaign = "spring" };

        var choice = sut.Choose(visit, TrafficClassifier.Classify(visit));

        Assert.That(choice.Number, Is.EqualTo("74950000002"));
    }

    [TestCase("https://shop.example", true)]
    [TestCase("http://localhost:8080", true)]
    [TestCase("https://shop.example/", true)]
    [TestCase("https://shop.example/path", false)]
    [TestCase("https://shop.example?x=1", false)]
    [TestCase("https://user@shop.example", false)]
    [TestCase("ftp://shop.example", false)]
    [TestCase("shop.example", false)]
    [TestCase("*", false)]
    public void IsOrigin_accepts_scheme_host_and_port_only(string text, bool expected)
    {
        Assert.That(TrackingSite.IsOrigin(text), Is.EqualTo(expected));
    }

    [Test]
    public void Origins_compare_without_case_and_without_a_trailing_slash()
    {
        var options = TrackingOptionsValidatorTests.Load().Sites[0];
        options.AllowedOrigins = ["https://Shop.Example/"];

        var sut = new TrackingSite(options);

        Assert.That((sut.AllowsOrigin("https://shop.example"), sut.AllowsOrigin("https://evil.example")), Is.EqualTo((true, false)));
    }

    private static NumberChoice Choose(Visit visit)
    {
        var sut = new TrackingSite(TrackingOptionsValidatorTests.Load().Sites[0]);
        return sut.Choose(visit, TrafficClassifier.Classify(visit));
    }

    /// <summary>utm_medium is read from the landing URL here the way the snippet would send it.</summary>
    private static Visit Visit(string landing)
    {
        var medium = landing.Contains("utm_medium=cpc", StringComparison.Ordinal) ? "cpc" : null;
        return new Visit { Site = "shop", VisitorId = "visitor-1", LandingUrl = new Uri(landing), UtmMedium = medium };
    }
}
