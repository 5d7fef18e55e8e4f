using CallTracker.Pbx.Tracking;

namespace CallTracker.Tests.Pbx.Tracking;

public sealed class TrafficClassifierTests
{
    [TestCase("https://shop.example/", "google", "cpc", null, "paid", "google")]
    [TestCase("https://shop.example/", "yandex", "CPC", null, "paid", "yandex")]
    [TestCase("https://shop.example/?gclid=x1", null, null, "https://www.google.com/", "paid", "google")]
    [TestCase("https://shop.example/?a=1&yclid=42", null, null, null, "paid", "yandex")]
    [TestCase("https://shop.example/", null, null, "https://www.google.ru/", "organic", "google.ru")]
    [TestCase("https://shop.example/", null, null, "https://yandex.ru/search/?text=sofa", "organic", "yandex.ru")]
    [TestCase("https://shop.example/", null, null, "https://blog.example/post", "referral", "blog.example")]
    [TestCase("https://shop.example/?fbclid=z", null, null, "https://m.facebook.com/", "referral", "facebook")]
    [TestCase("https://shop.example/", null, null, "https://www.shop.example/catalog", "direct", "(direct)")]
    [TestCase("https://shop.example/", null, null, null, "direct", "(direct)")]
    [TestCase("https://shop.example/", "newsletter", "Email", null, "email", "newsletter")]
    [TestCase("https://shop.example/", "partner", null, null, "referral", "partner")]
    public void Classify_derives_the_channel_and_source(string landing, string? utmSource, string? utmMedium, string? referrer, string channel, string source)
    {
        var visit = new Visit { Site = "shop", VisitorId = "visitor-1", LandingUrl = new Uri(landing), UtmSource = utmSource, UtmMedium = utmMedium, Referrer = referrer };

        var traffic = TrafficClassifier.Classify(visit);

        Assert.That((traffic.Channel, traffic.Source), Is.EqualTo((channel, source)));
    }
}
