using System.Net;
using CallTracker.Pbx.Calls.Journal;
using CallTracker.Store.Repositories;
using CallTracker.Tests.Pbx.Hosting;
using CallTracker.Tests.Pbx.Web;

namespace CallTracker.Tests.Pbx.Callbacks;

/// <summary>POST /api/callbacks and GET /api/callbacks/{id} as a site's page meets them; Asterisk is unreachable, so nothing is called.</summary>
[CancelAfter(20_000)]
public sealed class CallbacksApiTests
{
    private const string Path = "/api/callbacks";

    private static string Settings(int perPhone = 3, int perSite = 100) => ServiceFolder.AppSettings("http://127.0.0.1:9/", sections: $$"""
        "Callbacks": { "Limits": { "RequestsPerPhonePerHour": {{perPhone}}, "RequestsPerSitePerHour": {{perSite}} } },
        """);

    [Test]
    public async Task Request_is_answered_202_with_an_id_whose_state_reads_Pending_before_any_call(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, appSettings: Settings());
        using var page = new CallbackApiClient(host.Http.BaseAddress!);

        using var response = await page.PostAsync(Path, CallbackApiClient.Body("+7 916 123-45-67"), cancellationToken);
        var body = await TrackingHost.JsonAsync(response, cancellationToken);
        var id = body.GetProperty("id").GetString()!;
        var state = await page.GetAsync(id, cancellationToken);
        var stored = await host.Service<ICallbackRepository>().GetAsync(id, cancellationToken);
        await host.Service<CallJournalWriter>().FlushAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"{Path}/{id}"));
            Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { TrackingHost.AllowedOrigin }));
            Assert.That(id, Does.Match("^[0-9a-f]{32}$"));
            Assert.That(state.GetProperty("state").GetString(), Is.EqualTo("Pending"));
            Assert.That(state.GetProperty("attempts").GetInt32(), Is.Zero);
            Assert.That(state.GetProperty("route").GetString(), Is.EqualTo("sales"), "the route of the site's number");
            Assert.That(stored!.Phone, Is.EqualTo("79161234567"), "stored as digits");
            Assert.That(host.LogText(), Does.Not.Contain("ERROR"), "the request's event, which has no call, is not written to a call's history");
        });
    }

    [TestCase("call me")]
    [TestCase("12345")]
    [TestCase("+7 916 123 45 67 89 01 23")]
    [TestCase("7916+1234567")]
    [TestCase("")]
    public async Task Request_with_a_phone_that_is_no_number_is_400_naming_the_phone_and_stores_nothing(string phone, CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, appSettings: Settings());
        using var page = new CallbackApiClient(host.Http.BaseAddress!);

        using var response = await page.PostAsync(Path, CallbackApiClient.Body(phone), cancellationToken);
        var problem = await TrackingHost.JsonAsync(response, cancellationToken);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").GetProperty("phone")[0].GetString(), Is.Not.Empty);
            Assert.That(await host.Service<ICallbackRepository>().ListInStateAsync("Pending", cancellationToken), Is.Empty);
        });
    }

    [Test]
    public async Task Request_for_an_unknown_site_is_404_and_for_an_unknown_route_400_naming_the_route(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, appSettings: Settings());
        using var page = new CallbackApiClient(host.Http.BaseAddress!);

        using var site = await page.PostAsync(Path, CallbackApiClient.Body("79161234567", site: "nowhere"), cancellationToken);
        using var route = await page.PostAsync(Path, CallbackApiClient.Body("79161234567", route: "night-shift"), cancellationToken);
        var problem = await TrackingHost.JsonAsync(route, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(site.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(route.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").GetProperty("route")[0].GetString(), Does.Contain("routing.json"));
        });
    }

    [Test]
    public async Task Request_from_a_page_outside_the_sites_allowed_origins_is_403(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, appSettings: Settings());
        using var page = new CallbackApiClient(host.Http.BaseAddress!);

        using var response = await page.PostAsync(Path, CallbackApiClient.Body("79161234567"), cancellationToken, origin: "https://evil.example");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        });
    }

    [Test]
    public async Task Fourth_request_for_one_number_within_the_hour_is_429_saying_why_with_Retry_After(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, appSettings: Settings(perPhone: 3));
        using var page = new CallbackApiClient(host.Http.BaseAddress!);
        for (var i = 0; i < 3; i++)
        {
            await page.RequestAsync(CallbackApiClient.Body("+7 916 123-45-67"), cancellationToken);
        }

        using var fourth = await page.PostAsync(Path, CallbackApiClient.Body("7 (916) 123 45 67"), cancellationToken);
        using var other = await page.PostAsync(Path, CallbackApiClient.Body("+7 916 000-00-01"), cancellationToken);
        var problem = await TrackingHost.JsonAsync(fourth, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(fourth.StatusCode, Is.EqualTo((HttpStatusCode)429));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("This number").And.Contain("3 time(s) within the hour"));
            Assert.That(int.Parse(fourth.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 3600));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "another number is not held back");
        });
    }

    [Test]
    public async Task Request_past_the_sites_hourly_limit_is_429_naming_the_site(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, appSettings: Settings(perSite: 2));
        using var page = new CallbackApiClient(host.Http.BaseAddress!);
        await page.RequestAsync(CallbackApiClient.Body("79160000001"), cancellationToken);
        await page.RequestAsync(CallbackApiClient.Body("79160000002"), cancellationToken);

        using var third = await page.PostAsync(Path, CallbackApiClient.Body("79160000003"), cancellationToken);
        var problem = await TrackingHost.JsonAsync(third, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(third.StatusCode, Is.EqualTo((HttpStatusCode)429));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("This site").And.Contain("2 callback requests within the hour"));
        });
    }

    [Test]
    public async Task Unknown_or_malformed_callback_id_is_404(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, appSettings: Settings());

        using var unknown = await host.Http.GetAsync(new Uri($"{Path}/{Guid.NewGuid():N}", UriKind.Relative), cancellationToken);
        using var malformed = await host.Http.GetAsync(new Uri($"{Path}/..%2Fcalls", UriKind.Relative), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(malformed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Preflight_from_a_sites_origin_is_allowed_and_from_any_other_refused(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, appSettings: Settings());

        using var allowed = await PreflightAsync(host, TrackingHost.AllowedOrigin, cancellationToken);
        using var refused = await PreflightAsync(host, "https://evil.example", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { TrackingHost.AllowedOrigin }));
            Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Headers"), Is.EqualTo(new[] { "Content-Type" }));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    private static async Task<HttpResponseMessage> PreflightAsync(TrackingHost host, string origin, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, Path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        return await host.Http.SendAsync(request, cancellationToken);
    }
}
