using System.Net;
using System.Text.Json;
using CallTracker.Pbx.Hosting;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Tests.Pbx.Web.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Hosting;

public sealed class CallTrackerHostTests
{
    [Test]
    public void Malformed_appsettings_stops_start_up_naming_the_file()
    {
        using var folder = new ServiceFolder(appSettings: "{ \"Ari\": { \"Url\": \"http://x\", } ");

        var error = Assert.Throws<ConfigurationFileException>(() => CallTrackerHost.Build([], folder.Path));

        Assert.That(error!.Message, Does.StartWith("appsettings.json (").And.Contain("is not valid JSON"));
    }

    [Test]
    public void Missing_routing_file_stops_start_up_naming_the_file()
    {
        using var folder = new ServiceFolder(routing: null);

        var error = Assert.Throws<ConfigurationFileException>(() => CallTrackerHost.Build([], folder.Path));

        Assert.That(error!.Message, Does.StartWith("routing.json is missing"));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Bad_values_stop_start_up_listing_each_key(CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder(appSettings: ServiceFolder.AppSettings("ftp://asterisk", password: ""));
        await using var app = CallTrackerHost.Build([], folder.Path);

        var error = Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(cancellationToken));

        Assert.That(error!.Failures, Has.Some.StartWith("appsettings.json: Ari:Url 'ftp://asterisk' is not an http:// or https:// address"));
        Assert.That(error.Failures, Has.Some.StartWith("appsettings.json: Ari:Password is empty"));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Menu_pointing_at_an_unknown_route_and_route_pointing_at_an_unknown_menu_stop_start_up(CancellationToken cancellationToken)
    {
        var menus = CallTracker.Tests.Pbx.Calls.IvrConfig.Menus.Replace("\"Target\": \"sales\" }, \"9\"", "\"Target\": \"salse\" }, \"9\"", StringComparison.Ordinal);
        var routing = CallTracker.Tests.Pbx.Calls.IvrConfig.Routing.Replace("\"Menu\": \"main\"", "\"Menu\": \"mian\"", StringComparison.Ordinal);
        using var folder = new ServiceFolder(routing: routing, menus: menus);
        await using var app = CallTrackerHost.Build([], folder.Path);

        var error = Assert.CatchAsync(() => app.StartAsync(cancellationToken));
        var failures = CallTrackerHost.ConfigurationProblems(error!);

        Assert.That(failures, Has.Some.StartWith("menus.json: Ivr:Menus:main:Options:1:Target 'salse'"));
        Assert.That(failures, Has.Some.EqualTo("routing.json: Routing:Routes[1]:Menu 'mian' is not a menu in menus.json (Ivr:Menus)."));
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Service_starts_and_reports_degraded_health_while_asterisk_is_unreachable(CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder();
        await using var app = CallTrackerHost.Build([], folder.Path);

        await app.StartAsync(cancellationToken);
        using var http = AdminCredentials.Client(new Uri(ListeningAddress(app)));
        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        await app.StopAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(body.RootElement.GetProperty("status").GetString(), Is.EqualTo("degraded"));
            Assert.That(File.Exists(folder.DatabasePath), Is.True, "the store is created and migrated at start-up");
        });
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Shipped_configuration_files_pass_start_up_validation(CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder();
        // Not the shipped appsettings.json: it listens on the fixed port 5080 and points at a real Asterisk.
        foreach (var file in SettingsFiles.Required.Where(f => f != SettingsFiles.AppSettings))
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(folder.Path, file), overwrite: true);
        }

        await using var app = CallTrackerHost.Build([], folder.Path);

        Assert.DoesNotThrowAsync(() => app.StartAsync(cancellationToken));
        await app.StopAsync(cancellationToken);
    }

    [Test]
    [CancelAfter(20_000)]
    public async Task Calls_left_in_progress_by_a_killed_service_are_marked_Interrupted_at_start_up(CancellationToken cancellationToken)
    {
        using var folder = new ServiceFolder();
        await using (var first = CallTrackerHost.Build([], folder.Path))
        {
            await first.StartAsync(cancellationToken);
            await first.Services.GetRequiredService<ICallRepository>().InsertAsync(
                new CallRow { Id = "c-1", ChannelId = "1.1", TrackingNumber = "74950000001", CallerNumber = "79161234567", RouteName = "sales", ArrivedAt = DateTimeOffset.UtcNow, Status = CallRow.InProgressStatus },
                cancellationToken);
            await first.StopAsync(cancellationToken);
        }

        await using var second = CallTrackerHost.Build([], folder.Path);
        await second.StartAsync(cancellationToken);
        var call = await second.Services.GetRequiredService<ICallRepository>().GetAsync("c-1", cancellationToken);
        var events = await second.Services.GetRequiredService<ICallEventRepository>().ListForCallAsync("c-1", cancellationToken);
        await second.StopAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(call!.Status, Is.EqualTo("Interrupted"));
            Assert.That(call.EndedAt, Is.Not.Null);
            Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[] { "Interrupted" }));
        });
    }

    internal static string ListeningAddress(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
}
