using System.Net;
using System.Net.Http.Headers;
using static CallTracker.Tests.Pbx.Web.TrackingHost;

namespace CallTracker.Tests.Pbx.Web.Admin;

/// <summary>The real service: which paths need sign-in, the token, the page's password and cookie, and the Host check.</summary>
[CancelAfter(30_000)]
public sealed class AdminAccessTests
{
    private TrackingHost host;

    [SetUp]
    public async Task SetUp() => host = await TrackingHost.StartAsync(CancellationToken.None);

    [TearDown]
    public async Task TearDown() => await host.DisposeAsync();

    [TestCase("/api/calls")]
    [TestCase("/api/calls/some-call")]
    [TestCase("/api/tracking/pools")]
    [TestCase("/health")]
    [TestCase("/api/reports/calls?by=source")]
    [TestCase("/api/reports/missed")]
    [TestCase("/api/reports/calls.csv?by=source")]
    public async Task Admin_endpoints_refuse_a_client_without_credentials(string path, CancellationToken cancellationToken)
    {
        using var response = await host.Http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(cancellationToken), Does.Not.Contain("callerNumber"));
    }

    [Test]
    public async Task A_wrong_token_is_refused_and_the_configured_one_is_let_in(CancellationToken cancellationToken)
    {
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/calls");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminCredentials.Token + "x");

        using var refused = await host.Http.SendAsync(wrong, cancellationToken);
        using var allowed = await host.AdminHttp.GetAsync(new Uri("/api/calls", UriKind.Relative), cancellationToken);

        Assert.That((refused.StatusCode, allowed.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.OK)));
    }

    [Test]
    public async Task The_snippet_and_its_session_endpoint_stay_public(CancellationToken cancellationToken)
    {
        using var script = await host.Http.GetAsync(new Uri("/tracking.js", UriKind.Relative), cancellationToken);
        using var session = await host.PostAsync(SessionsPath, Visit("visitor-public"), cancellationToken);

        Assert.That((script.StatusCode, session.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
    }

    [Test]
    public async Task A_browser_that_is_not_signed_in_is_sent_to_the_sign_in_page(CancellationToken cancellationToken)
    {
        using var http = NoRedirectClient();

        using var response = await http.GetAsync(new Uri("/", UriKind.Relative), cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/signin"));
    }

    [Test]
    public async Task The_right_password_gives_a_session_cookie_that_opens_the_admin_api_until_sign_out(CancellationToken cancellationToken)
    {
        using var http = NoRedirectClient();

        using var signIn = await http.PostAsync(new Uri("/signin", UriKind.Relative), Form(AdminCredentials.Password), cancellationToken);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single();
        using var withCookie = await http.SendAsync(WithCookie("/api/calls", cookie), cancellationToken);
        using var signOut = await http.SendAsync(WithCookie("/signout", cookie, HttpMethod.Post), cancellationToken);
        using var afterSignOut = await http.SendAsync(WithCookie("/api/calls", cookie), cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(cookie, Does.Contain("httponly").And.Contain("samesite=strict"));
            Assert.That(signIn.Headers.Location!.ToString(), Is.EqualTo("/"));
            Assert.That(withCookie.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(afterSignOut.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task A_wrong_password_sets_no_cookie(CancellationToken cancellationToken)
    {
        using var http = NoRedirectClient();

        using var response = await http.PostAsync(new Uri("/signin", UriKind.Relative), Form("guess"), cancellationToken);

        Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/signin?failed=1"));
    }

    [TestCase("/tracking.js")]
    [TestCase("/api/calls")]
    public async Task A_host_name_that_is_not_configured_is_refused_even_with_credentials(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";

        using var response = await host.AdminHttp.SendAsync(request, cancellationToken);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(cancellationToken), Does.Contain("Admin:Hosts"));
    }

    private HttpClient NoRedirectClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Http.BaseAddress };

    private static FormUrlEncodedContent Form(string password) => new([new KeyValuePair<string, string>("password", password)]);

    private static HttpRequestMessage WithCookie(string path, string setCookie, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.Add("Cookie", setCookie.Split(';')[0]);
        return request;
    }
}
