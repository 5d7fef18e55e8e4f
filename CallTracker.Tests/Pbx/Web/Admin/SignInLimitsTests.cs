using System.Net;
using CallTracker.Tests.Pbx.Hosting;

namespace CallTracker.Tests.Pbx.Web.Admin;

/// <summary>The real service: password sign-ins are limited per client address, since each costs a PBKDF2 hash.</summary>
[CancelAfter(30_000)]
public sealed class SignInLimitsTests
{
    // One attempt back per minute, so none comes back while the test runs.
    private static readonly string LimitedSettings = ServiceFolder.AppSettings("http://127.0.0.1:9/").Replace(
        $"\"TokenHashes\": [ \"{AdminCredentials.TokenHash}\" ] }}",
        $"\"TokenHashes\": [ \"{AdminCredentials.TokenHash}\" ], \"SignInBurst\": 3, \"SignInAttemptsPerMinute\": 1 }}",
        StringComparison.Ordinal);

    [Test]
    public async Task A_client_past_its_burst_of_sign_ins_gets_429_with_Retry_After_even_with_the_right_password(CancellationToken cancellationToken)
    {
        await using var host = await TrackingHost.StartAsync(cancellationToken, appSettings: LimitedSettings);
        using var http = NoRedirectClient(host);

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var guess = await http.PostAsync(new Uri("/signin", UriKind.Relative), Form("guess"), cancellationToken);
            guesses.Add(guess.StatusCode);
        }

        using var limited = await http.PostAsync(new Uri("/signin", UriKind.Relative), Form(AdminCredentials.Password), cancellationToken);
        var body = await limited.Content.ReadAsStringAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(guesses, Is.All.EqualTo(HttpStatusCode.Redirect), "wrong passwords within the burst go back to the form");
            Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(body, Does.Contain("Too many sign-in attempts"));
            Assert.That(limited.Headers.Contains("Set-Cookie"), Is.False, "the right password gets no session past the limit");
        });
    }

    [Test]
    public async Task Each_client_address_has_its_own_limit_and_the_form_itself_is_not_limited(CancellationToken cancellationToken)
    {
        // Behind a proxy every request comes from the proxy: the header it fills tells the clients apart.
        var tracking = ServiceFolder.ValidTracking.Replace(
            "\"HoldMinutes\": 30,", "\"HoldMinutes\": 30, \"Limits\": { \"ClientAddressHeader\": \"X-Forwarded-For\" },", StringComparison.Ordinal);
        await using var host = await TrackingHost.StartAsync(cancellationToken, tracking, LimitedSettings);
        using var http = NoRedirectClient(host);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add(await SignInAsync(http, "203.0.113.7", cancellationToken));
        }

        var otherClient = await SignInAsync(http, "198.51.100.4", cancellationToken);
        using var formRequest = new HttpRequestMessage(HttpMethod.Get, "/signin");
        formRequest.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var form = await http.SendAsync(formRequest, cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests }));
            Assert.That(otherClient, Is.EqualTo(HttpStatusCode.Redirect), "another address still gets its own burst");
            Assert.That(form.StatusCode, Is.EqualTo(HttpStatusCode.OK), "showing the form costs no hash and is not limited");
        });
    }

    private static async Task<HttpStatusCode> SignInAsync(HttpClient http, string forwardedFor, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signin") { Content = Form("guess") };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    private static HttpClient NoRedirectClient(TrackingHost host) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Http.BaseAddress };

    private static FormUrlEncodedContent Form(string password) => new([new KeyValuePair<string, string>("password", password)]);
}
