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

        foreach (var (key, days) in new[] { ("TrackingDays", options.Retention.TrackingDays), ("CallEventDays", options.Retention.CallEventDays) })
        {
            if (days is < 0 or > 36_500)
            {
                failures.Add($"appsettings.json: Store:Retention:{key} {days} is out of range (0 keeps everything, else 1 to 36500 days).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
