using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Hosting;

public sealed class HttpApiOptionsValidator : IValidateOptions<HttpApiOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Urls
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(u => !Uri.TryCreate(u.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Port < 0 || (uri.Scheme != "http" && uri.Scheme != "https"))
            .Select(u => $"appsettings.json: HttpApi:Urls entry '{u}' is not an address with a port like http://127.0.0.1:5080.")
            .ToList();
        if (string.IsNullOrWhiteSpace(options.Urls))
        {
            errors.Add("appsettings.json: HttpApi:Urls is empty; give the address the HTTP API listens on, e.g. http://127.0.0.1:5080.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
