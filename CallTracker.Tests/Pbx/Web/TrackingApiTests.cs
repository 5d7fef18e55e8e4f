using System.Net;
using CallTracker.Store.Repositories;
using static CallTracker.Tests.Pbx.Web.TrackingHost;

namespace CallTracker.Tests.Pbx.Web;

[CancelAfter(30_000)]
public sealed class TrackingApiTests
{
    private TrackingHost host;

    [SetUp]
    public async Task SetUp() => host = await TrackingHost.StartAsync(CancellationToken.None);

    [TearDown]
    public async Task TearDown() => await host.DisposeAsync();

    [Test]
    public async Task A_session_answers_with_the_number_to_show_and_allows_the_sites_origin(CancellationToken cancellationToken)
    {
        using var response = await host.PostAsync(SessionsPath, Visit("visitor-a1"), cancellationToken);
        var body = await JsonAsync(response, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(body.GetProperty("number").GetString(), Is.EqualTo("74950000011"));
            Assert.That(body.GetProperty("defaultNumber").GetString(), Is.EqualTo("74950000001"));
            Assert.That(body.GetProperty("sessionId").GetString(), Has.Length.EqualTo(32));
            Assert.That(body.GetProperty("pingSeconds").GetInt32(), Is.EqualTo(30));
            Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { AllowedOrigin }));
            Assert.That(response.Headers.CacheControl!.NoStore, Is.True);
        });
    }

    [Test]
    public async Task A_returning_visitor_keeps_the_number_and_a_ping_keeps_the_session(CancellationToken cancellationToken)
    {
        var first = await host.StartSessionAsync("visitor-a1", cancellationToken);
        await host.StartSessionAsync("visitor-b1", cancellationToken);

        var back = await host.StartSessionAsync(first.GetProperty("visitorId").GetString()!, cancellationToken);
        using var ping = await host.PostAsync($"{SessionsPath}/{first.GetProperty("sessionId").GetString()}/pings", """{"page":"https://shop.example/cart"}""", cancellationToken);
        var pinged = await JsonAsync(ping, cancellationToken);

        Assert.That(back.GetProperty("number").GetString(), Is.EqualTo(first.GetProperty("number").GetString()));
        Assert.That((ping.StatusCode, pinged.GetProperty("number").GetString()), Is.EqualTo((HttpStatusCode.OK, first.GetProperty("number").GetString())));
    }

    [Test]
    public async Task A_visitor_id_the_service_did_not_issue_is_replaced_and_cannot_take_another_visitors_number(CancellationToken cancellationToken)
    {
        var victim = await host.StartSessionAsync("visitor-a1", cancellationToken);
        var issued = victim.GetProperty("visitorId").GetString()!;
        var forged = issued[..22] + new string('A', 22);

        var attacker = await host.StartSessionAsync(forged, cancellationToken);

        Assert.That(issued, Is.Not.EqualTo("visitor-a1").And.Length.EqualTo(44));
        Assert.That(attacker.GetProperty("visitorId").GetString(), Is.Not.EqualTo(forged).And.Not.EqualTo(issued));
        Assert.That(attacker.GetProperty("number").GetString(), Is.Not.EqualTo(victim.GetProperty("number").GetString()));
    }

    [Test]
    public async Task The_pool_status_shows_what_is_held_and_what_overflowed(CancellationToken cancellationToken)
    {
        foreach (var visitor in (string[])["visitor-01", "visitor-02", "visitor-03", "visitor-04"])
        {
            await host.StartSessionAsync(visitor, cancellationToken);
        }

        var status = await JsonAsync(await host.AdminHttp.GetAsync(new Uri("/api/tracking/pools", UriKind.Relative), cancellationToken), cancellationToken);

        var pool = status[0];
        Assert.That(
            (pool.GetProperty("size").GetInt32(), pool.GetProperty("held").GetInt32(), pool.GetProperty("overflowsTotal").GetInt64()),
            Is.EqualTo((3, 3, 1L)));
    }

    [Test]
    public async Task The_country_header_of_the_proxy_drives_geo_rules(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SessionsPath) { Content = new StringContent(Visit("visitor-kz"), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("CF-IPCountry", "KZ");

        using var response = await host.Http.SendAsync(request, cancellationToken);

        Assert.That((await JsonAsync(response, cancellationToken)).GetProperty("number").GetString(), Is.EqualTo("77270000001"));
    }

    [Test]
    public async Task The_snippet_is_served_as_cacheable_javascript(CancellationToken cancellationToken)
    {
        using var response = await host.Http.GetAsync(new Uri("/tracking.js", UriKind.Relative), cancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/tracking.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await host.Http.SendAsync(again, cancellationToken);

        Assert.Multiple(async () =>
        {
            Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/javascript; charset=utf-8"));
            Assert.That(response.Headers.CacheControl!.Public, Is.True);
            Assert.That(response.Headers.CacheControl.MaxAge, Is.EqualTo(TimeSpan.FromHours(1)));
            Assert.That(await response.Content.ReadAsStringAsync(cancellationToken), Does.Contain("data-site"));
            Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        });
    }

    [Test]
    public async Task The_call_details_include_the_attribution(CancellationToken cancellationToken)
    {
        using var response = await host.AdminHttp.GetAsync(new Uri("/api/calls/unknown-call", UriKind.Relative), cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(host.Service<ICallAttributionRepository>(), Is.Not.Null);
    }
}
