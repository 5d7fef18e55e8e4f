using Microsoft.Extensions.Options;

namespace CallTracker.Store;

/// <summary>Checks the Store section at start-up and reports every problem at once, each naming its key.</summary>
internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    private const string DatabasePathKey = $"{StoreOptions.SectionName}:{nameof(StoreOptions.DatabasePath)}";

    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add(
                $"{DatabasePathKey} in appsettings.json is empty: set it to the SQLite file, " +
                "e.g. \"data/calltracker.db\" (a relative path is taken from the service's folder).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
