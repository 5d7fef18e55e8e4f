using CallTracker.Pbx.Hosting;
using CallTracker.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace CallTracker.Tests.Pbx.Hosting;

/// <summary>Editing routing.json, menus.json and tracking.json while the service runs, with calls going through the fake Asterisk.</summary>
[CancelAfter(30_000)]
public sealed class SettingsReloaderTests
{
    private const string TrackingNumber = "74950000001";
    private const string CallerNumber = "79161234567";

    /// <summary>ServiceFolder.ValidRouting with route "sales" ringing only the given managers.</summary>
    private static string RoutingRinging(params string[] endpoints) =>
        ServiceFolder.ValidRouting.Replace(
            "\"Targets\": [ { \"Endpoint\": \"PJSIP/101\", \"RingSeconds\": 20 }, { \"Endpoint\": \"PJSIP/102\", \"RingSeconds\": 20 } ]",
            "\"Targets\": [ " + string.Join(", ", endpoints.Select(e => $"{{ \"Endpoint\": \"{e}\", \"RingSeconds\": 1 }}")) + " ]",
            StringComparison.Ordinal);

    [Test]
    public async Task An_edited_route_applies_to_the_next_call_without_a_restart(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        pbx.Folder.Write("routing.json", RoutingRinging("PJSIP/102"));

        var problems = await Reloader(pbx).ReloadAsync(cancellationToken);
        var answeredBy = await AnsweredByAsync(pbx, cancellationToken);

        Assert.That(problems, Is.Empty);
        Assert.That(answeredBy, Is.EqualTo("PJSIP/102"));
    }

    [Test]
    public async Task An_invalid_edit_is_rejected_naming_the_problem_and_the_previous_routes_stay(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        pbx.Folder.Write("routing.json", RoutingRinging("PJSIP/102").Replace("\"DefaultRoute\": \"sales\"", "\"DefaultRoute\": \"nowhere\"", StringComparison.Ordinal));
        pbx.Folder.Write("tracking.json", ServiceFolder.ValidTracking.Replace("\"HoldMinutes\": 30", "\"HoldMinutes\": \"long\"", StringComparison.Ordinal));

        var problems = await Reloader(pbx).ReloadAsync(cancellationToken);
        var answeredBy = await AnsweredByAsync(pbx, cancellationToken);
        NLog.LogManager.Flush();
        var log = await File.ReadAllTextAsync(pbx.Folder.LogPath, cancellationToken);

        Assert.That(problems, Is.EqualTo(new[] { "tracking.json: Tracking:HoldMinutes 'long' is not a whole number." }), "shape problems come first, as at start-up");
        Assert.That(answeredBy, Is.EqualTo("PJSIP/101"));
        Assert.That(log, Does.Contain("ERROR").And.Contain("Settings change rejected, the settings in force stay:").And.Contain("  - tracking.json: Tracking:HoldMinutes 'long'"));
        Assert.That(pbx.App.Services.GetRequiredService<LiveSettings>().Current.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task A_validation_problem_in_an_edit_is_rejected_with_the_validators_words(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Folder.Write("routing.json", RoutingRinging("PJSIP/999"));

        var problems = await Reloader(pbx).ReloadAsync(cancellationToken);

        Assert.That(problems, Has.Some.StartWith("routing.json: Routing:Routes[0]:Targets[0]:Endpoint 'PJSIP/999'"));
    }

    [Test]
    public async Task A_call_in_progress_keeps_the_route_it_started_with(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken, ringSeconds: 1);
        pbx.Asterisk.SetPhone("PJSIP/101", PhoneBehaviour.NeverAnswer());
        pbx.Asterisk.SetPhone("PJSIP/102", PhoneBehaviour.AnswerAfter(TimeSpan.Zero));
        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.FindPhoneLeg("PJSIP/101") is not null, "101 rings", cancellationToken);

        pbx.Folder.Write("routing.json", RoutingRinging("PJSIP/101"));
        await Reloader(pbx).ReloadAsync(cancellationToken);
        await pbx.WaitForManagerJoinedAsync(2, cancellationToken);
        await pbx.Asterisk.FindPhoneLeg("PJSIP/102")!.HangupAsync(cancellationToken);
        var call = await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken);

        Assert.That((call.Status, call.AnsweredBy), Is.EqualTo(("Answered", "PJSIP/102")), "102 was in the route when the call arrived");
    }

    [Test]
    public async Task A_call_keeps_its_menus_routes_and_categories_while_new_calls_get_the_reloaded_ones(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        var shared = pbx.App.Services.GetRequiredService<CallTracker.Pbx.Calls.CallServices>();
        var inProgress = shared.ForNewCall();
        var before = (inProgress.Routes, inProgress.Menus, inProgress.Tagging);

        pbx.Folder.Write("routing.json", RoutingRinging("PJSIP/102"));
        await Reloader(pbx).ReloadAsync(cancellationToken);
        var next = shared.ForNewCall();

        Assert.That((inProgress.Routes, inProgress.Menus, inProgress.Tagging), Is.EqualTo(before));
        Assert.That(next.Routes, Is.Not.SameAs(before.Routes));
        Assert.That(next.Routes.Resolve(TrackingNumber).Route.Targets.Select(t => t.Endpoint), Is.EqualTo(new[] { "PJSIP/102" }));
        Assert.That(next.Menus, Is.Not.SameAs(before.Menus));
    }

    [Test]
    public async Task A_reloaded_pool_keeps_the_numbers_visitors_hold_and_new_sites_rules_apply(CancellationToken cancellationToken)
    {
        await using var host = await CallTracker.Tests.Pbx.Web.TrackingHost.StartAsync(cancellationToken);
        var held = await host.StartSessionAsync("visitor-a1", cancellationToken);
        host.Folder.Write("tracking.json", ServiceFolder.ValidTracking
            .Replace("\"74950000013\" ]", "\"74950000013\", \"74950000014\" ]", StringComparison.Ordinal)
            .Replace("{ \"Countries\": [ \"KZ\" ], \"Number\": \"77270000001\" },", "", StringComparison.Ordinal));

        var problems = await host.Service<SettingsReloader>().ReloadAsync(cancellationToken);
        var pool = host.Service<CallTracker.Pbx.Tracking.NumberPoolAllocator>().Find("shop", "paid")!;
        var heldAfterReload = pool.Held(DateTimeOffset.UtcNow).Select(h => h.Number).ToList();
        var kz = await host.StartSessionAsync("visitor-kz", cancellationToken, country: "KZ");

        Assert.That(problems, Is.Empty);
        Assert.That(pool.Size, Is.EqualTo(4));
        Assert.That(heldAfterReload, Is.EqualTo(new[] { held.GetProperty("number").GetString() }));
        Assert.That(kz.GetProperty("number").GetString(), Is.Not.EqualTo("77270000001"), "the geo rule was removed");
    }

    [Test]
    public async Task Saving_a_file_reloads_it_by_itself(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        var live = pbx.App.Services.GetRequiredService<LiveSettings>();

        pbx.Folder.Write("routing.json", RoutingRinging("PJSIP/102"));

        await Eventually.ThatAsync(() => live.Current.Version == 2, "the saved routing.json is reloaded", cancellationToken);
        using var http = CallTracker.Tests.Pbx.Web.Admin.AdminCredentials.Client(pbx.ServiceAddress);
        using var health = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri("/health", UriKind.Relative), cancellationToken));
        Assert.That(live.Current.Routes.Resolve(TrackingNumber).Route.Targets.Select(t => t.Endpoint), Is.EqualTo(new[] { "PJSIP/102" }));
        Assert.That(health.RootElement.GetProperty("settingsVersion").GetInt32(), Is.EqualTo(2));
    }

    private static SettingsReloader Reloader(PbxHarness pbx) => pbx.App.Services.GetRequiredService<SettingsReloader>();

    private static async Task<string?> AnsweredByAsync(PbxHarness pbx, CancellationToken cancellationToken)
    {
        var caller = await pbx.Asterisk.PlaceInboundCallAsync(TrackingNumber, CallerNumber, null, cancellationToken);
        await Eventually.ThatAsync(() => pbx.Asterisk.Requests.Any(r => r.Path.EndsWith("/addChannel", StringComparison.Ordinal) && r.Status < 300) || caller.IsHungUp, "a manager joins", cancellationToken);
        await caller.HangupAsync(cancellationToken);
        return (await pbx.WaitForFinishedCallAsync(caller.ChannelId, cancellationToken)).AnsweredBy;
    }
}
