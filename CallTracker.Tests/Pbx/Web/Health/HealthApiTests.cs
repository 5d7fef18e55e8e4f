using System.Net;
using System.Text.Json;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Hosting;
using CallTracker.Tests.Fixtures;
using CallTracker.Tests.Pbx.Hosting;
using CallTracker.Tests.Pbx.Web.Admin;
using Microsoft.Data.Sqlite;

namespace CallTracker.Tests.Pbx.Web.Health;

/// <summary>GET /health on the real service against the fake Asterisk.</summary>
[CancelAfter(30_000)]
public sealed class HealthApiTests
{
    [Test]
    public async Task Health_is_ok_with_every_detail_while_ari_is_connected_and_the_database_answers(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);

        var (code, body) = await GetHealthAsync(pbx.ServiceAddress, AdminCredentials.Token, cancellationToken);

        var root = body.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("ok"));
            Assert.That(root.GetProperty("problems").GetArrayLength(), Is.Zero);
            Assert.That(root.GetProperty("ari").GetString(), Is.EqualTo("Connected"));
            Assert.That(root.GetProperty("ariConnectedAt").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(root.GetProperty("ariOpens").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("database").GetString(), Is.EqualTo("ok"));
            Assert.That(root.GetProperty("schemaVersion").GetInt64(), Is.GreaterThan(0));
            Assert.That(root.GetProperty("activeCalls").GetInt32(), Is.Zero);
            Assert.That(root.GetProperty("droppedEvents").GetInt64(), Is.Zero);
            Assert.That(root.GetProperty("settingsVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("webhooksPending").GetInt64(), Is.Zero);
            Assert.That(root.GetProperty("webhooksFailed").GetInt64(), Is.Zero);
        });
    }

    [Test]
    public async Task Health_is_degraded_naming_ari_while_the_event_socket_is_down(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        pbx.Asterisk.AcceptsEventSockets = false;
        await pbx.Asterisk.DropEventSocketsAsync(cancellationToken);
        await Eventually.ThatAsync(() => pbx.EventSocket.State != AriConnectionState.Connected, "the service notices the drop", cancellationToken);

        var (code, body) = await GetHealthAsync(pbx.ServiceAddress, AdminCredentials.Token, cancellationToken);

        var root = body.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("degraded"));
            Assert.That(root.GetProperty("ari").GetString(), Is.Not.EqualTo("Connected"));
            Assert.That(root.GetProperty("problems")[0].GetString(), Does.StartWith("The ARI event socket is"));
            Assert.That(root.GetProperty("database").GetString(), Is.EqualTo("ok"));
            Assert.That(root.GetProperty("ariConnectedAt").ValueKind, Is.EqualTo(JsonValueKind.String), "when it was last connected stays known");
            Assert.That(root.GetProperty("ariLastDrop").GetString(), Is.Not.Empty, "why it went down");
            Assert.That(root.GetProperty("ariLastDropAt").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        });
    }

    [Test]
    public async Task Health_is_degraded_naming_the_database_when_its_file_cannot_be_opened(CancellationToken cancellationToken)
    {
        await using var pbx = await PbxHarness.StartAsync(cancellationToken);
        var data = Path.GetDirectoryName(pbx.Folder.DatabasePath)!;

        // A plain file where the data folder was: every new connection fails to open, even for root.
        SqliteConnection.ClearAllPools();
        Directory.Move(data, data + ".moved");
        await File.WriteAllTextAsync(data, "not a folder", cancellationToken);

        var (code, body) = await GetHealthAsync(pbx.ServiceAddress, AdminCredentials.Token, cancellationToken);

        var root = body.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("degraded"));
            Assert.That(root.GetProperty("ari").GetString(), Is.EqualTo("Connected"));
            Assert.That(root.GetProperty("database").GetString(), Is.EqualTo("failed"));
            Assert.That(root.GetProperty("databaseError").GetString(), Does.Contain("unable to open database file"));
            Assert.That(root.GetProperty("schemaVersion").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("problems")[0].GetString(), Does.StartWith("The database does not answer"));
        });
        File.Delete(data);
        Directory.Move(data + ".moved", data);
    }

    [Test]
    public async Task With_PublicHealth_a_caller_without_a_token_gets_the_status_and_nothing_else(CancellationToken cancellationToken)
    {
        var settings = ServiceFolder.AppSettings("http://127.0.0.1:9/").Replace("\"Admin\": {", "\"Admin\": { \"PublicHealth\": true,", StringComparison.Ordinal);
        using var folder = new ServiceFolder(appSettings: settings);
        await using var app = CallTrackerHost.Build([], folder.Path);
        await app.StartAsync(cancellationToken);
        var address = new Uri(CallTrackerHostTests.ListeningAddress(app));

        var (anonymousCode, anonymous) = await GetHealthAsync(address, null, cancellationToken);
        var (adminCode, admin) = await GetHealthAsync(address, AdminCredentials.Token, cancellationToken);
        await app.StopAsync(cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That((anonymousCode, adminCode), Is.EqualTo((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable)), "Asterisk is unreachable");
            Assert.That(anonymous.RootElement.ToString(), Is.EqualTo("""{"status":"degraded"}"""));
            Assert.That(admin.RootElement.GetProperty("problems").GetArrayLength(), Is.EqualTo(1));
        });
    }

    private static async Task<(HttpStatusCode Code, JsonDocument Body)> GetHealthAsync(Uri address, string? token, CancellationToken cancellationToken)
    {
        using var http = token is null ? new HttpClient { BaseAddress = address } : AdminCredentials.Client(address);
        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)));
    }
}
