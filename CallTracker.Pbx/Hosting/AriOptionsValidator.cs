using CallTracker.Pbx.Ari;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Hosting;

/// <summary>Checks the "Ari" section of appsettings.json; never echoes the password.</summary>
public sealed class AriOptionsValidator : IValidateOptions<AriOptions>
{
    private const string File = "appsettings.json";

    public ValidateOptionsResult Validate(string? name, AriOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{File}: Ari:Url '{options.Url}' is not an http:// or https:// address of Asterisk's HTTP server (see asterisk-config/http.conf), e.g. http://127.0.0.1:8088/.");
        }

        if (string.IsNullOrWhiteSpace(options.Username))
        {
            errors.Add($"{File}: Ari:Username is empty; use the user section name from asterisk-config/ari.conf.");
        }

        if (string.IsNullOrEmpty(options.Password))
        {
            errors.Add($"{File}: Ari:Password is empty; set it to the password of the ARI user in asterisk-config/ari.conf.");
        }

        if (string.IsNullOrWhiteSpace(options.AppName) || options.AppName.IndexOfAny([',', ' ', '/', '?', '&']) >= 0)
        {
            errors.Add($"{File}: Ari:AppName '{options.AppName}' must be a single word, the same as in the dialplan's Stasis(...) call.");
        }

        if (options.RequestTimeoutSeconds is < 1 or > 300)
        {
            errors.Add($"{File}: Ari:RequestTimeoutSeconds {options.RequestTimeoutSeconds} is out of range (1 to 300).");
        }

        if (options.MaxConnections is < 1 or > 1000)
        {
            errors.Add($"{File}: Ari:MaxConnections {options.MaxConnections} is out of range (1 to 1000); keep it below sessionlimit in Asterisk's http.conf (100 unless set).");
        }

        if (options.ReconnectMinDelayMs < 1 || options.ReconnectMaxDelayMs < options.ReconnectMinDelayMs)
        {
            errors.Add($"{File}: Ari:ReconnectMinDelayMs must be at least 1 and no more than Ari:ReconnectMaxDelayMs.");
        }

        if (options.KeepAliveSeconds is < 1 or > 300)
        {
            errors.Add($"{File}: Ari:KeepAliveSeconds {options.KeepAliveSeconds} is out of range (1 to 300); the event socket needs its PINGs to notice a dead connection.");
        }

        if (options.KeepAliveTimeoutSeconds is < 1 or > 300)
        {
            errors.Add($"{File}: Ari:KeepAliveTimeoutSeconds {options.KeepAliveTimeoutSeconds} is out of range (1 to 300).");
        }

        if (options.CallInboxCapacity < 16)
        {
            errors.Add($"{File}: Ari:CallInboxCapacity {options.CallInboxCapacity} is too small (at least 16).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
