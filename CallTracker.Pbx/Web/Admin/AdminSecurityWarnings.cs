using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web.Admin;

/// <summary>Warns at start-up about a setup that leaves calls and callers' numbers open: plain http beyond loopback, shipped default passwords, no admin credentials.</summary>
public sealed partial class AdminSecurityWarnings(
    IOptions<AdminOptions> admin,
    IOptions<HttpApiOptions> httpApi,
    IOptions<AriOptions> ari,
    ILogger<AdminSecurityWarnings> logger) : IHostedService
{
    /// <summary>The password the shipped appsettings.json and ari.conf carry.</summary>
    public const string ShippedPassword = "change-me";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var urls = httpApi.Value.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in urls)
        {
            if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !IsLoopback(url) && !admin.Value.BehindTlsProxy)
            {
                LogPlainHttp(logger, url);
            }
        }

        // An install upgraded with its own appsettings.json has no Admin:Hosts, and visitors' browsers reach the tracking
        // API under the site's public name: without this line its requests would get 400 with nothing in the log.
        if (admin.Value.Hosts.Count == 0 && (admin.Value.BehindTlsProxy || urls.Any(u => !IsLoopback(u))))
        {
            LogLoopbackNamesOnly(logger, string.Join(", ", admin.Value.AllowedHosts));
        }

        if (string.Equals(ari.Value.Password, ShippedPassword, StringComparison.Ordinal))
        {
            LogDefaultAriPassword(logger);
        }

        if (admin.Value.PasswordHash is { Length: > 0 } hash && SecretHash.VerifyPassword(ShippedPassword, hash))
        {
            LogDefaultAdminPassword(logger);
        }

        if (string.IsNullOrEmpty(admin.Value.PasswordHash) && admin.Value.TokenHashes.Count == 0)
        {
            LogNoCredentials(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsLoopback(string url)
    {
        var host = url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The HTTP API listens on {Url}, beyond loopback, without TLS: sign-in passwords, tokens and callers' numbers cross the network in clear. Put a TLS reverse proxy in front (then set Admin:BehindTlsProxy) or listen on https.")]
    private static partial void LogPlainHttp(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin:Hosts is empty, so only the loopback names ({Names}) are answered: /tracking.js and the tracking API reached through a proxy or under a public name get 400. List those names in Admin:Hosts in appsettings.json.")]
    private static partial void LogLoopbackNamesOnly(ILogger logger, string names);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ari:Password is still the shipped 'change-me': change it in appsettings.json and in Asterisk's ari.conf.")]
    private static partial void LogDefaultAriPassword(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin:PasswordHash is the hash of the shipped password 'change-me': set your own with `calltracker hash-password`.")]
    private static partial void LogDefaultAdminPassword(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neither Admin:PasswordHash nor Admin:TokenHashes is set: the admin API and the web page refuse everyone.")]
    private static partial void LogNoCredentials(ILogger logger);
}
