using CallTracker.Pbx.Tracking;
using CallTracker.Tests.Pbx.Hosting;
using Microsoft.Extensions.Configuration;

namespace CallTracker.Tests.Pbx.Tracking;

public sealed class TrackingOptionsValidatorTests
{
    public static IEnumerable<TestCaseData> Problems()
    {
        yield return Case("a number in two pools", o => o.Sites[0].Pools.Add(Pool("more", "+7 (495) 000-00-11")), "tracking.json: Tracking:Sites[0]:Pools[1]:Numbers[0] '+7 (495) 000-00-11' is also in Tracking:Sites[0]:Pools[0]");
        yield return Case("a pool with no numbers", o => o.Sites[0].Pools[0].Numbers.Clear(), "tracking.json: Tracking:Sites[0]:Pools[0]:Numbers is empty");
        yield return Case("a default number also pooled", o => o.Sites[0].DefaultNumber = "74950000012", "tracking.json: Tracking:Sites[0]:DefaultNumber '74950000012' is also in Tracking:Sites[0]:Pools[0]");
        yield return Case("a geo rule to an unknown pool", o => o.Sites[0].Rules[0] = new TrackingRuleOptions { Countries = ["KZ"], Pool = "kz" }, "tracking.json: Tracking:Sites[0]:Rules[0]:Pool 'kz' is not the name of a pool in Tracking:Sites[0]:Pools");
        yield return Case("a CORS origin with a path", o => o.Sites[0].AllowedOrigins.Add("https://shop.example/page"), "tracking.json: Tracking:Sites[0]:AllowedOrigins[1] 'https://shop.example/page' is not an origin");
        yield return Case("a CORS wildcard", o => o.Sites[0].AllowedOrigins[0] = "*", "tracking.json: Tracking:Sites[0]:AllowedOrigins[0] '*' is not an origin");
        yield return Case("no CORS origins", o => o.Sites[0].AllowedOrigins.Clear(), "tracking.json: Tracking:Sites[0]:AllowedOrigins is empty");
        yield return Case("hold time out of range", o => o.HoldMinutes = 0, "tracking.json: Tracking:HoldMinutes 0 is out of range (1 to 1440)");
        yield return Case("hold shorter than three pings", o => (o.HoldMinutes, o.PingSeconds) = (1, 30), "tracking.json: Tracking:HoldMinutes 1 is shorter than three pings");
        yield return Case("ping interval out of range", o => o.PingSeconds = 1, "tracking.json: Tracking:PingSeconds 1 is out of range (5 to 300)");
        yield return Case("a static number listed twice", o => o.StaticNumbers.Add(Static("7 (495) 000 00 02")), "tracking.json: Tracking:StaticNumbers[3]:Number '7 (495) 000 00 02' is listed twice");
        yield return Case("a static number also pooled", o => o.StaticNumbers.Add(Static("74950000013")), "tracking.json: Tracking:Sites[0]:Pools[0]:Numbers[2] '74950000013' is also the static number Tracking:StaticNumbers[3]");
        yield return Case("a static number without source", o => o.StaticNumbers[0].Source = " ", "tracking.json: Tracking:StaticNumbers[0]:Source is empty");
        yield return Case("a rule with a number and a pool", o => o.Sites[0].Rules[1].Number = "74950000002", "tracking.json: Tracking:Sites[0]:Rules[1] needs exactly one of Number (a static number) or Pool");
        yield return Case("a rule to a number that is not static", o => o.Sites[0].Rules[0].Number = "74990000000", "tracking.json: Tracking:Sites[0]:Rules[0]:Number '74990000000' is neither in Tracking:StaticNumbers");
        yield return Case("a bad country code", o => o.Sites[0].Rules[0].Countries = ["Kazakhstan"], "tracking.json: Tracking:Sites[0]:Rules[0]:Countries[0] 'Kazakhstan' is not a two-letter country code");
        yield return Case("a site name unfit for data-site", o => o.Sites[0].Name = "my shop", "tracking.json: Tracking:Sites[0]:Name 'my shop' must be 1 to 64 letters");
        yield return Case("two sites with one name", o => o.Sites.Add(Load().Sites[0]), "tracking.json: Tracking:Sites[1]:Name 'shop' is used by another site");
        yield return Case("an overflow number in a pool", o => o.Sites[0].OverflowNumber = "74950000011", "tracking.json: Tracking:Sites[0]:OverflowNumber '74950000011' is also in Tracking:Sites[0]:Pools[0]");
        yield return Case("a header name with spaces", o => o.CountryHeader = "Country Code", "tracking.json: Tracking:CountryHeader 'Country Code' is not an HTTP header name");
    }

    [Test]
    public void The_sample_shipped_beside_the_service_is_valid()
    {
        var result = CreateSut().Validate(null, Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "tracking.json"))));

        Assert.That(result.Failures, Is.Null.Or.Empty);
    }

    [Test]
    public void A_file_without_sites_is_valid_for_a_service_that_tracks_no_website()
    {
        Assert.That(CreateSut().Validate(null, new TrackingOptions()).Succeeded, Is.True);
    }

    [TestCaseSource(nameof(Problems))]
    public void A_problem_is_reported_naming_the_file_and_key(Action<TrackingOptions> breakIt, string expected)
    {
        var options = Load();
        breakIt(options);

        var result = CreateSut().Validate(null, options);

        Assert.That(result.Failures, Has.Some.StartWith(expected));
    }

    [Test]
    public void Every_problem_is_listed_at_once()
    {
        var options = Load();
        options.HoldMinutes = 0;
        options.Sites[0].Pools[0].Numbers.Clear();
        options.Sites[0].AllowedOrigins[0] = "shop.example";

        var result = CreateSut().Validate(null, options);

        Assert.That(result.Failures, Has.Exactly(3).Items);
    }

    /// <summary>Binds the JSON as the host does, so the tests see what an admin's file becomes.</summary>
    internal static TrackingOptions Load(string json = ServiceFolder.ValidTracking)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var configuration = new ConfigurationBuilder().AddJsonStream(stream).Build();
        return configuration.GetSection(TrackingOptions.SectionName).Get<TrackingOptions>()!;
    }

    private static TestCaseData Case(string name, Action<TrackingOptions> breakIt, string expected) =>
        new TestCaseData(breakIt, expected).SetArgDisplayNames(name);

    private static NumberPoolOptions Pool(string name, params string[] numbers) => new() { Name = name, Numbers = [.. numbers] };

    private static StaticNumberOptions Static(string number) => new() { Number = number, Source = "Radio", Channel = "radio" };

    private static TrackingOptionsValidator CreateSut() => new();
}
