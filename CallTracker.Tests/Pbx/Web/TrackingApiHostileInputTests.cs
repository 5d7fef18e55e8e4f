using System.Net;
using System.Text;
using System.Text.Json;
using CallTracker.Pbx.Web;
using CallTracker.Store.Repositories;
using static CallTracker.Tests.Pbx.Web.TrackingHost;

namespace CallTracker.Tests.Pbx.Web;

[CancelAfter(30_000)]
public sealed class TrackingApiHostileInputTests
{
    private TrackingHost host;

    [SetUp]
    public async Task SetUp() => host = await TrackingHost.StartAsync(CancellationToken.None);

    [TearDown]
    public async Task TearDown() => await host.DisposeAsync();

    [Test]
    public async Task An_oversized_body_is_refused_with_413(CancellationToken cancellationToken)
    {
        var huge = JsonSerializer.Serialize(new { visitorId = "visitor-a1", landingUrl = "https://shop.example/", keyword = new string('x', JsonBody.MaxBytes) });

        using var response = await host.PostAsync(SessionsPath, huge, cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task An_oversized_chunked_body_without_a_length_is_refused_with_413(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SessionsPath)
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("[" + new string(' ', JsonBody.MaxBytes * 4) + "]"))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.Http.SendAsync(request, cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [TestCase("{\"visitorId\": ")]
    [TestCase("not json at all")]
    [TestCase("null")]
    [TestCase("{\"landingUrl\": 42}")]
    public async Task Malformed_json_is_answered_400_with_a_message(string body, CancellationToken cancellationToken)
    {
        using var response = await host.PostAsync(SessionsPath, body, cancellationToken);
        var problem = await JsonAsync(response, cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("detail").GetString(), Does.StartWith("The body is"));
    }

    [Test]
    public async Task Invalid_fields_are_answered_400_naming_each_one(CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new
        {
            visitorId = "short",
            landingUrl = "javascript:alert(1)",
            device = "fridge",
            country = "Russia",
            utmCampaign = new string('c', 300),
            keyword = "tab\there",
        });

        using var response = await host.PostAsync(SessionsPath, body, cancellationToken);
        var errors = (await JsonAsync(response, cancellationToken)).GetProperty("errors");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(
            errors.EnumerateObject().Select(e => e.Name),
            Is.EquivalentTo((string[])["visitorId", "landingUrl", "device", "country", "utmCampaign", "keyword"]));
    }

    [Test]
    public async Task An_unknown_site_is_answered_404(CancellationToken cancellationToken)
    {
        using var response = await host.PostAsync("/api/tracking/sites/nosuchsite/sessions", Visit("visitor-a1"), cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_unsupported_content_type_is_answered_415(CancellationToken cancellationToken)
    {
        using var response = await host.PostAsync(SessionsPath, Visit("visitor-a1"), cancellationToken, contentType: "application/x-www-form-urlencoded");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    [TestCase("0000000000000000000000000000abcd")]
    [TestCase("'; DROP TABLE tracking_sessions; --")]
    public async Task A_ping_for_an_unknown_or_malformed_session_is_answered_404(string sessionId, CancellationToken cancellationToken)
    {
        using var response = await host.PostAsync($"{SessionsPath}/{Uri.EscapeDataString(sessionId)}/pings", """{"page":"https://shop.example/"}""", cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Script_tags_and_sql_are_stored_verbatim_and_never_run(CancellationToken cancellationToken)
    {
        const string Script = "<script>alert(document.cookie)</script>";
        const string Sql = "x'); DELETE FROM tracking_sessions; --";
        var body = JsonSerializer.Serialize(new { visitorId = "visitor-a1", landingUrl = "https://shop.example/?q=<b>", utmCampaign = Sql, keyword = Script, referrer = "https://evil.example/\"><img src=x>" });

        using var response = await host.PostAsync(SessionsPath, body, cancellationToken);
        var sessionId = (await JsonAsync(response, cancellationToken)).GetProperty("sessionId").GetString()!;

        var stored = await host.Service<ITrackingSessionRepository>().GetAsync(sessionId, cancellationToken);
        Assert.That((stored!.UtmCampaign, stored.Keyword, stored.Referrer), Is.EqualTo((Sql, Script, "https://evil.example/\"><img src=x>")));
    }

    [Test]
    public async Task A_preflight_from_an_allowed_origin_is_allowed(CancellationToken cancellationToken)
    {
        using var response = await PreflightAsync(AllowedOrigin, cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { AllowedOrigin }));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Methods"), Is.EqualTo(new[] { "POST" }));
    }

    [Test]
    public async Task A_preflight_from_another_origin_gets_no_allow_header(CancellationToken cancellationToken)
    {
        using var response = await PreflightAsync("https://evil.example", cancellationToken);

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_post_from_another_origin_is_refused_and_takes_no_number(CancellationToken cancellationToken)
    {
        using var refused = await host.PostAsync(SessionsPath, Visit("visitor-evil"), cancellationToken, origin: "https://evil.example");
        var allowed = await host.StartSessionAsync("visitor-a1", cancellationToken);

        Assert.That((refused.StatusCode, refused.Headers.Contains("Access-Control-Allow-Origin")), Is.EqualTo((HttpStatusCode.Forbidden, false)));
        Assert.That(allowed.GetProperty("number").GetString(), Is.EqualTo("74950000011"), "the refused request took no pool number");
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, SessionsPath);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await host.Http.SendAsync(request, cancellationToken);
    }
}
