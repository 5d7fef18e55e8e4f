namespace CallTracker.Pbx.Cli;

/// <summary>
/// A command line as words and --options: <c>report source --from 2025-03-01 --csv</c>. An option's name is read in
/// camel case (<c>--min-wait</c> is minWait), so the CLI and the HTTP query string share <see cref="Reports.ReportRequest"/>;
/// an option followed by another option or nothing is a flag, "true".
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                options[CamelCase(args[i][2..])] = hasValue ? args[++i] : "true";
            }
            else
            {
                Words.Add(args[i]);
            }
        }
    }

    public List<string> Words { get; } = [];

    public string? Option(string camelCaseName) => options.GetValueOrDefault(camelCaseName);

    public bool Has(string camelCaseName) => options.ContainsKey(camelCaseName);

    public IEnumerable<string> OptionNames => options.Keys;

    private static string CamelCase(string kebab)
    {
        var parts = kebab.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
