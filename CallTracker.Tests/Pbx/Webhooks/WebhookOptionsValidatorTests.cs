using System.Text;
using CallTracker.Pbx.Hosting;
using CallTracker.Pbx.Webhooks;
using CallTracker.Tests.Pbx.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Webhooks;

public sealed class WebhookOptionsValidatorTests
{
    private const string Secret = "a-long-enough-secret-value";

    [Test]
    public void Valid_endpoints_and_no_endpoints_at_all_pass()
    {
        var options = new WebhookOptions { Endpoints = [Endpoint("crm", events: ["call.*", "callback.*"]), Endpoint("bi", events: ["*"])] };

        Assert.That(Validate(options), Is.Empty);
        Assert.That(Validate(new WebhookOptions()), Is.Empty);
    }

    [Test]
    public void Every_problem_is_listed_naming_the_file_and_key()
    {
        var options = new WebhookOptions
        {
            Endpoints =
            [
                Endpoint("crm", url: "ftp://crm.example/hooks", events: ["call.strated"]),
                Endpoint("CRM", secret: "short", events: [], timeoutSeconds: 0),
                Endpoint("", secret: ""),
            ],
            Retry = new WebhookRetryOptions { BaseDelayMs = 5_000, MaxDelayMs = 1_000, MaxAttempts = 0, MaxAgeHours = 0 },
        };

        var failures = Validate(options);

        Assert.That(failures, Is.EquivalentTo(new[]
        {
            "appsettings.json: Webhooks:Endpoints[0]:Url 'ftp://crm.example/hooks' is not an http or https address, e.g. https://crm.example.com/hooks/calls.",
            "appsettings.json: Webhooks:Endpoints[0]:Events 'call.strated' is not an event type (call.started, call.forwarded, call.answered, call.ended, call.tagged, callback.attempt_started, callback.client_dialled, \"call.*\", \"callback.*\" or \"*\").",
            "appsettings.json: Webhooks:Endpoints[1]:Name 'CRM' is used by another endpoint.",
            "appsettings.json: Webhooks:Endpoints[1]:Secret is shorter than 16 characters; receivers check the signature with it, so use a long random value (e.g. from `openssl rand -hex 32`).",
            "appsettings.json: Webhooks:Endpoints[1]:Events is empty; list the event types the endpoint wants (call.started, call.forwarded, call.answered, call.ended, call.tagged, callback.attempt_started, callback.client_dialled, \"call.*\", \"callback.*\") or \"*\".",
            "appsettings.json: Webhooks:Endpoints[1]:TimeoutSeconds 0 is out of range (1 to 120).",
            "appsettings.json: Webhooks:Endpoints[2]:Name is empty; name the endpoint (e.g. \"crm\"): the admin API and the log show it.",
            "appsettings.json: Webhooks:Endpoints[2]:Secret is empty; receivers check the signature with it, so use a long random value (e.g. from `openssl rand -hex 32`).",
            "appsettings.json: Webhooks:Retry:MaxDelayMs 1000 is less than Webhooks:Retry:BaseDelayMs 5000; the cap must be at least the first delay.",
            "appsettings.json: Webhooks:Retry:MaxAttempts 0 is out of range (1 to 100000).",
            "appsettings.json: Webhooks:Retry:MaxAgeHours 0 is out of range (1 to 720).",
        }));
    }

    [Test]
    public void A_secret_never_appears_in_a_message()
    {
        var failures = Validate(new WebhookOptions { Endpoints = [Endpoint("crm", url: "not a url", secret: "tiny-secret")] });

        Assert.That(failures, Has.Count.EqualTo(2));
        Assert.That(failures, Has.None.Contains("tiny-secret"));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Bad_webhook_settings_stop_start_up_with_the_rest(CancellationToken cancellationToken)
    {
        var webhooks = """{ "Endpoints": [ { "Name": "crm", "Url": "crm.example/hooks", "Secret": "0123456789abcdef", "Events": [ "call.ended" ] } ] }""";
        using var folder = new ServiceFolder(appSettings: ServiceFolder.AppSettings("http://127.0.0.1:9/", webhooks: webhooks));
        await using var app = CallTrackerHost.Build([], folder.Path);

        var error = Assert.CatchAsync(() => app.StartAsync(cancellationToken));

        Assert.That(CallTrackerHost.ConfigurationProblems(error!), Has.Some.EqualTo("appsettings.json: Webhooks:Endpoints[0]:Url 'crm.example/hooks' is not an http or https address, e.g. https://crm.example.com/hooks/calls."));
    }

    [Test]
    public void Misspelt_webhook_key_is_named_by_the_strict_settings_check()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "Webhooks": { "Endpoints": [ { "Name": "crm", "Secrt": "x" } ], "Retry": { "BaseDelay": 5 } } }"""));
        var content = new ConfigurationBuilder().AddJsonStream(stream).Build();

        var problems = ConfigurationShapeCheck.Check("appsettings.json", content).Select(p => p.Problem).ToList();

        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems, Has.Some.StartWith("appsettings.json: Webhooks:Endpoints[0]:Secrt is not a setting here (settings: Name, Url, Secret, Events, TimeoutSeconds)"));
        Assert.That(problems, Has.Some.StartWith("appsettings.json: Webhooks:Retry:BaseDelay is not a setting here"));
    }

    private static WebhookEndpointOptions Endpoint(string name, string url = "https://crm.example/hooks", string secret = Secret, List<string>? events = null, int timeoutSeconds = 10) =>
        new() { Name = name, Url = url, Secret = secret, Events = events ?? ["*"], TimeoutSeconds = timeoutSeconds };

    private static List<string> Validate(WebhookOptions options)
    {
        var result = new WebhookOptionsValidator().Validate(null, options);
        return result.Failed ? result.Failures!.ToList() : [];
    }
}
