using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Webhooks;

/// <summary>Checks the "Webhooks" section of appsettings.json at start-up, every problem at once; never repeats a secret.</summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    private const string File = "appsettings.json";

    /// <summary>Shorter secrets are guessable; 16 characters of a random token is the least we take.</summary>
    public const int MinSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Endpoints.Count; i++)
        {
            ValidateEndpoint(options.Endpoints[i], $"{WebhookOptions.SectionName}:Endpoints[{i}]", names, errors);
        }

        var retry = options.Retry;
        var key = $"{WebhookOptions.SectionName}:Retry";
        Range(errors, $"{key}:BaseDelayMs", retry.BaseDelayMs, 10, 3_600_000);
        Range(errors, $"{key}:MaxDelayMs", retry.MaxDelayMs, 10, 86_400_000);
        if (retry.MaxDelayMs < retry.BaseDelayMs)
        {
            errors.Add($"{File}: {key}:MaxDelayMs {retry.MaxDelayMs} is less than {key}:BaseDelayMs {retry.BaseDelayMs}; the cap must be at least the first delay.");
        }

        Range(errors, $"{key}:MaxAttempts", retry.MaxAttempts, 1, 100_000);
        Range(errors, $"{key}:MaxAgeHours", retry.MaxAgeHours, 1, 720);
        Range(errors, $"{WebhookOptions.SectionName}:KeepDays", options.KeepDays, 1, 3_650);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateEndpoint(WebhookEndpointOptions endpoint, string key, HashSet<string> names, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(endpoint.Name))
        {
            errors.Add($"{File}: {key}:Name is empty; name the endpoint (e.g. \"crm\"): the admin API and the log show it.");
        }
        else if (!names.Add(endpoint.Name))
        {
            errors.Add($"{File}: {key}:Name '{endpoint.Name}' is used by another endpoint.");
        }

        if (!Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{File}: {key}:Url '{endpoint.Url}' is not an http or https address, e.g. https://crm.example.com/hooks/calls.");
        }

        if (endpoint.Secret.Trim().Length < MinSecretLength)
        {
            var problem = endpoint.Secret.Length == 0 ? "is empty" : $"is shorter than {MinSecretLength} characters";
            errors.Add($"{File}: {key}:Secret {problem}; receivers check the signature with it, so use a long random value (e.g. from `openssl rand -hex 32`).");
        }

        if (endpoint.Events.Count == 0)
        {
            errors.Add($"{File}: {key}:Events is empty; list the event types the endpoint wants ({string.Join(", ", WebhookEventTypes.Known)}, \"call.*\", \"callback.*\") or \"*\".");
        }

        foreach (var pattern in endpoint.Events.Where(p => !WebhookEventTypes.IsValidPattern(p)))
        {
            errors.Add($"{File}: {key}:Events '{pattern}' is not an event type ({string.Join(", ", WebhookEventTypes.Known)}, \"call.*\", \"callback.*\" or \"*\").");
        }

        Range(errors, $"{key}:TimeoutSeconds", endpoint.TimeoutSeconds, 1, 120);
    }

    private static void Range(List<string> errors, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{File}: {key} {value} is out of range ({min} to {max}).");
        }
    }
}
