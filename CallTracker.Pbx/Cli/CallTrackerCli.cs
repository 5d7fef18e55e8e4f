using CallTracker.Pbx.Reports;
using CallTracker.Pbx.Web.Admin;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Cli;

/// <summary>
/// <c>calltracker report …</c>, <c>calltracker calls …</c> and the admin helpers: the same tables as the web API,
/// printed for a terminal or as CSV, read straight from the store the service writes.
/// </summary>
public static class CallTrackerCli
{
    public const string Usage = """
        Usage:
          calltracker report <source|channel|campaign|keyword|landing-page|manager|tag-category> [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--touch first|last] [--csv]
          calltracker report missed [--from …] [--to …] [--exclude-off-hours] [--exclude-outgoing] [--min-wait SECONDS] [--manager PJSIP/101] [--csv]
          calltracker calls [--from …] [--to …] [--status S] [--source S] [--channel C] [--manager PJSIP/101] [--type unique|target|repeat|first-target|unique-target] [--caller DIGITS] [--limit N] [--csv]
          calltracker health [--url http://127.0.0.1:5080] [--token-file FILE]
                                          ask the running service; exit 0 ok, 1 degraded, 2 unreachable (token from CALLTRACKER_TOKEN)
          calltracker reclassify          recompute call types for the whole history after editing CallTypes
          calltracker hash-password       read a password from standard input, print the Admin:PasswordHash for it
          calltracker new-token           print a new API token and the Admin:TokenHashes entry for it
        Dates are days in Reports:TimeZone; without them a report covers the last 7 days.
        """;

    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { "report", "calls", "health", "reclassify", "hash-password", "new-token" };

    public static bool Handles(string[] args) => args is { Length: > 0 } && Commands.Contains(args[0]);

    /// <returns>0 on success, 2 for a bad command line or configuration; <c>health</c> exits 1 when the service is degraded.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, string? contentRoot = null, TextReader? input = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var cli = new CliArguments(args);
        switch (cli.Words[0])
        {
            case "hash-password":
                var password = (input ?? Console.In).ReadLine();
                if (string.IsNullOrEmpty(password))
                {
                    await error.WriteLineAsync("hash-password reads the password from standard input; it got an empty line.");
                    return 2;
                }

                await output.WriteLineAsync(SecretHash.HashPassword(password));
                return 0;
            case "new-token":
                var token = SecretHash.NewToken();
                await output.WriteLineAsync($"token (give it to the script; it is not stored): {token}");
                await output.WriteLineAsync($"Admin:TokenHashes entry: {SecretHash.HashToken(token)}");
                return 0;
            case "health":
                return await CliHealth.RunAsync(cli, contentRoot ?? AppContext.BaseDirectory, output, error, cancellationToken);
        }

        try
        {
            await using var services = await CliServices.BuildAsync(contentRoot ?? AppContext.BaseDirectory, cancellationToken);
            return await CliReports.RunAsync(cli, services, output, error, cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync("calltracker: the configuration is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, e.Failures.Select(f => "  - " + f)));
            return 2;
        }
    }
}
