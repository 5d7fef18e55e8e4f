using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Hosting;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using CallTracker.Tests.Pbx.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CallTracker.Tests.Fixtures;

/// <summary>The real service, configured from a temporary folder, talking to a fake Asterisk over loopback.</summary>
internal sealed class PbxHarness : IAsyncDisposable
{
    private readonly ServiceFolder folder;

    private PbxHarness(FakeAsterisk asterisk, ServiceFolder folder, WebApplication app)
    {
        Asterisk = asterisk;
        this.folder = folder;
        App = app;
    }

    public FakeAsterisk Asterisk { get; }

    public WebApplication App { get; private set; }

    /// <summary>The service's settings folder, to edit its files while it runs.</summary>
    public ServiceFolder Folder => folder;

    public ICallRepository Calls => App.Services.GetRequiredService<ICallRepository>();

    public ICallEventRepository CallEvents => App.Services.GetRequiredService<ICallEventRepository>();

    public AriEventSocket EventSocket => App.Services.GetRequiredService<AriEventSocket>();

    public ICallAttributionRepository Attributions => App.Services.GetRequiredService<ICallAttributionRepository>();

    /// <summary>Where the service's HTTP API (and the tracking API) listens.</summary>
    public Uri ServiceAddress => new(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Managers 101 and 102 ring for <paramref name="ringSeconds"/> each on route "sales", tracking number 74950000001.</summary>
    public static Task<PbxHarness> StartAsync(CancellationToken cancellationToken, int ringSeconds = 2, bool answerCaller = false, FakeAsteriskOptions? asteriskOptions = null) =>
        StartAsync(SalesRouting(ringSeconds, answerCaller), ServiceFolder.NoMenus, asteriskOptions ?? new FakeAsteriskOptions(), cancellationToken);

    /// <summary>routing.json of <see cref="StartAsync(CancellationToken, int, bool, FakeAsteriskOptions?)"/>.</summary>
    public static string SalesRouting(int ringSeconds = 2, bool answerCaller = false) =>
        ServiceFolder.ValidRouting
            .Replace("\"RingSeconds\": 20", $"\"RingSeconds\": {ringSeconds}", StringComparison.Ordinal)
            .Replace("\"Name\": \"sales\",", $"\"Name\": \"sales\", \"AnswerCaller\": {(answerCaller ? "true" : "false")},", StringComparison.Ordinal);

    /// <summary>The service with the given routing.json and menus.json.</summary>
    public static async Task<PbxHarness> StartAsync(string routing, string menus, FakeAsteriskOptions asteriskOptions, CancellationToken cancellationToken) =>
        await StartAsync(await FakeAsterisk.StartAsync(asteriskOptions, cancellationToken), routing, menus, null, cancellationToken);

    /// <summary>The service against a fake Asterisk the test has already used (to strand a call, say).</summary>
    /// <param name="calls">The "Calls" section of appsettings.json, as JSON; the defaults when null.</param>
    public static Task<PbxHarness> StartAsync(FakeAsterisk asterisk, string routing, string menus, string? calls, CancellationToken cancellationToken) =>
        StartWithAppSettingsAsync(asterisk, ServiceFolder.AppSettings(asterisk.BaseUri.ToString(), calls: calls), routing, menus, cancellationToken);

    /// <summary>The service with more sections in appsettings.json (<see cref="ServiceFolder.AppSettings"/>'s <c>sections</c>) and the sales routing.</summary>
    public static async Task<PbxHarness> StartWithSettingsAsync(string sections, CancellationToken cancellationToken, int ringSeconds = 2)
    {
        var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        return await StartWithAppSettingsAsync(asterisk, ServiceFolder.AppSettings(asterisk.BaseUri.ToString(), sections: sections), SalesRouting(ringSeconds), ServiceFolder.NoMenus, cancellationToken);
    }

    /// <summary>The service with the "Webhooks" section <paramref name="webhooks"/> (JSON) in appsettings.json; routing.json of <see cref="SalesRouting"/> when null.</summary>
    public static async Task<PbxHarness> StartWithWebhooksAsync(string webhooks, CancellationToken cancellationToken, string? routing = null, string menus = ServiceFolder.NoMenus)
    {
        var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        var appSettings = ServiceFolder.AppSettings(asterisk.BaseUri.ToString(), webhooks: webhooks);
        return await StartWithAppSettingsAsync(asterisk, appSettings, routing ?? SalesRouting(), menus, cancellationToken);
    }

    private static async Task<PbxHarness> StartWithAppSettingsAsync(FakeAsterisk asterisk, string appSettings, string routing, string menus, CancellationToken cancellationToken)
    {
        var folder = new ServiceFolder(appSettings: appSettings, routing: routing, menus: menus);
        var harness = new PbxHarness(asterisk, folder, await StartServiceAsync(folder, cancellationToken));
        await harness.WaitForConnectedAsync(cancellationToken);
        return harness;
    }

    /// <summary>Stops the service as systemd would and starts it again on the same folder, database and Asterisk.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await App.StopAsync(cancellationToken);
        await App.DisposeAsync();
        App = await StartServiceAsync(folder, cancellationToken);
        await WaitForConnectedAsync(cancellationToken);
    }

    private static async Task<WebApplication> StartServiceAsync(ServiceFolder folder, CancellationToken cancellationToken)
    {
        var app = CallTrackerHost.Build([], folder.Path);
        await app.StartAsync(cancellationToken);
        return app;
    }

    private Task WaitForConnectedAsync(CancellationToken cancellationToken) =>
        Eventually.ThatAsync(() => EventSocket.State == AriConnectionState.Connected, "the service connects its event socket", cancellationToken);

    /// <summary>Waits until the call on the caller's channel has a final status, and returns it.</summary>
    public async Task<CallRow> WaitForFinishedCallAsync(string callerChannelId, CancellationToken cancellationToken)
    {
        CallRow? finished = null;
        await Eventually.ThatAsync(
            async () =>
            {
                finished = await Calls.FindByChannelIdAsync(callerChannelId, cancellationToken);
                return finished is not null && finished.Status != CallRow.InProgressStatus;
            },
            $"the call on channel {callerChannelId} ends",
            cancellationToken);
        return finished!;
    }

    /// <summary>Waits until the manager leg of the given attempt (1 = first manager rung) has joined the caller's bridge.</summary>
    public Task WaitForManagerJoinedAsync(int attempt, CancellationToken cancellationToken) =>
        Eventually.ThatAsync(
            () => Asterisk.Requests.Any(r => r.Path.EndsWith("/addChannel", StringComparison.Ordinal) && r.Query.Contains($"-m{attempt}", StringComparison.Ordinal) && r.Status < 300),
            $"manager leg {attempt} joins the bridge",
            cancellationToken);

    public async Task<IReadOnlyList<string>> EventKindsAsync(string callId, CancellationToken cancellationToken) =>
        (await CallEvents.ListForCallAsync(callId, cancellationToken)).Select(e => e.Kind).ToList();

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        await Asterisk.DisposeAsync();
        folder.Dispose();
    }
}
