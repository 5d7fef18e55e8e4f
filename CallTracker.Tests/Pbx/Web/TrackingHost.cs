using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CallTracker.Pbx.Hosting;
using CallTracker.Tests.Pbx.Hosting;
using CallTracker.Tests.Pbx.Web.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CallTracker.Tests.Pbx.Web;

/// <summary>The real service from a temporary folder (tracking.json of <see cref="ServiceFolder.ValidTracking"/>), listening on a free loopback port.</summary>
internal sealed class TrackingHost : IAsyncDisposable
{
    public const string AllowedOrigin = "https://shop.example";
    public const string SessionsPath = "/api/tracking/sites/shop/sessions";

    private readonly ServiceFolder folder;

    private TrackingHost(ServiceFolder folder, WebApplication app)
    {
        this.folder = folder;
        App = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
        AdminHttp = AdminCredentials.Client(new Uri(address));
    }

    public WebApplication App { get; }

    /// <summary>A visitor's browser: no credentials.</summary>
    public HttpClient Http { get; }

    /// <summary>An admin script: sends the API token.</summary>
    public HttpClient AdminHttp { get; }

    /// <summary>The service's settings folder, to edit its files while it runs.</summary>
    public ServiceFolder Folder => folder;

    /// <param name="appSettings">appsettings.json; <see cref="ServiceFolder.AppSettings"/> when null.</param>
    public static async Task<TrackingHost> StartAsync(CancellationToken cancellationToken, string tracking = ServiceFolder.ValidTracking, string? appSettings = null)
    {
        var folder = new ServiceFolder(appSettings: appSettings, tracking: tracking);
        var app = CallTrackerHost.Build([], folder.Path);
        await app.StartAsync(cancellationToken);
        return new TrackingHost(folder, app);
    }

    /// <summary>What the service logged so far (Info and up, as the folder's nlog.config says).</summary>
    public string LogText()
    {
        NLog.LogManager.Flush();
        return File.Exists(folder.LogPath) ? File.ReadAllText(folder.LogPath) : "";
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Posts <paramref name="json"/> as the snippet does (text/plain) from <paramref name="origin"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string json, CancellationToken cancellationToken, string? origin = AllowedOrigin, string contentType = "text/plain")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await Http.SendAsync(request, cancellationToken);
    }

    public async Task<JsonElement> StartSessionAsync(string visitorId, CancellationToken cancellationToken, string utmMedium = "cpc", string? country = null)
    {
        using var response = await PostAsync(SessionsPath, Visit(visitorId, utmMedium, country), cancellationToken);
        response.EnsureSuccessStatusCode();
        return await JsonAsync(response, cancellationToken);
    }

    public static string Visit(string visitorId, string utmMedium = "cpc", string? country = null) => JsonSerializer.Serialize(new
    {
        visitorId,
        landingUrl = $"https://shop.example/?utm_source=google&utm_medium={utmMedium}",
        referrer = "https://www.google.com/",
        utmSource = "google",
        utmMedium,
        utmCampaign = "spring",
        device = "desktop",
        country,
    });

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        AdminHttp.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        folder.Dispose();
    }
}
