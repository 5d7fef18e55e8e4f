using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CallTracker.Pbx.Hosting;
using CallTracker.Pbx.Web.Health;
using Microsoft.Extensions.Configuration;

namespace CallTracker.Pbx.Cli;

/// <summary>
/// <c>calltracker health</c>: asks the running service's <c>GET /health</c> and prints it as a short table. Exits 0
/// when ok, 1 when degraded, 2 when the answer cannot be had (service down, no or wrong token), so a systemd
/// ExecStartPost or a monitoring script can use the exit code alone.
/// </summary>
internal static class CliHealth
{
    /// <summary>Where the admin token comes from when <c>--token-file</c> is not given; never a command-line argument, which any user can read.</summary>
    public const string TokenVariable = "CALLTRACKER_TOKEN";

    public const int Ok = 0;

    public const int Degraded = 1;

    public const int Unreachable = 2;

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private static readonly HashSet<string> KnownOptions = new(StringComparer.Ordinal) { "url", "tokenFile" };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(CliArguments cli, string root, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (cli.Words.Count > 1 || cli.OptionNames.FirstOrDefault(n => !KnownOptions.Contains(n)) is not null)
        {
            await error.WriteLineAsync($"calltracker: health takes only --url and --token-file.{Environment.NewLine}{CallTrackerCli.Usage}");
            return Unreachable;
        }

        var address = cli.Option("url") ?? ServiceAddress(root);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var baseUri))
        {
            await error.WriteLineAsync($"calltracker: '{address}' is not an address to ask for health (give --url http://127.0.0.1:5080).");
            return Unreachable;
        }

        var token = Environment.GetEnvironmentVariable(TokenVariable);
        if (cli.Option("tokenFile") is { } file)
        {
            try
            {
                token = (await File.ReadAllTextAsync(file, cancellationToken)).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"calltracker: --token-file {file} cannot be read: {e.Message}");
                return Unreachable;
            }
        }

        using var http = new HttpClient { BaseAddress = baseUri, Timeout = RequestTimeout };
        if (!string.IsNullOrEmpty(token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(new Uri(HealthApi.Path, UriKind.Relative), cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"calltracker: the service at {baseUri} cannot be reached: {e.Message}");
            return Unreachable;
        }

        using (response)
        {
            return await ReportAsync(response, baseUri, output, error, cancellationToken);
        }
    }

    private static async Task<int> ReportAsync(HttpResponseMessage response, Uri baseUri, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            await error.WriteLineAsync($"calltracker: {baseUri} wants an admin token: put one in {TokenVariable} or a file given with --token-file (make one with `calltracker new-token`).");
            return Unreachable;
        }

        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable))
        {
            await error.WriteLineAsync($"calltracker: {baseUri}health answered {(int)response.StatusCode} {response.ReasonPhrase}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            return Unreachable;
        }

        HealthReport? report;
        try
        {
            report = await response.Content.ReadFromJsonAsync<HealthReport>(Json, cancellationToken);
        }
        catch (JsonException e)
        {
            await error.WriteLineAsync($"calltracker: {baseUri}health answered something that is not a health report: {e.Message}");
            return Unreachable;
        }

        if (report is null)
        {
            await error.WriteLineAsync($"calltracker: {baseUri}health answered an empty body.");
            return Unreachable;
        }

        await output.WriteAsync(HealthTable.Write(report));
        return report.Status == HealthReport.Ok ? Ok : Degraded;
    }

    /// <summary>The first address in HttpApi:Urls, with a wildcard host asked on loopback.</summary>
    private static string ServiceAddress(string root)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(root, SettingsFiles.AppSettings), optional: true)
            .AddEnvironmentVariables("CALLTRACKER_")
            .Build();
        var urls = configuration[$"{HttpApiOptions.SectionName}:{nameof(HttpApiOptions.Urls)}"] ?? new HttpApiOptions().Urls;
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        foreach (var wildcard in new[] { "://0.0.0.0", "://*", "://+", "://[::]" })
        {
            first = first.Replace(wildcard, "://127.0.0.1", StringComparison.Ordinal);
        }

        return first.EndsWith('/') ? first : first + "/";
    }
}
