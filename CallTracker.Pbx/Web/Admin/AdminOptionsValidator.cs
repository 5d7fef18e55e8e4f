using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web.Admin;

public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.PasswordHash is { Length: > 0 } password && (!password.StartsWith(SecretHash.PasswordPrefix, StringComparison.Ordinal) || !SecretHash.IsWellFormed(password)))
        {
            errors.Add("appsettings.json: Admin:PasswordHash is not a password hash; make one with `calltracker hash-password` (it looks like pbkdf2-sha256$210000$salt$hash).");
        }

        for (var i = 0; i < options.TokenHashes.Count; i++)
        {
            if (!options.TokenHashes[i].StartsWith(SecretHash.TokenPrefix, StringComparison.Ordinal) || !SecretHash.IsWellFormed(options.TokenHashes[i]))
            {
                errors.Add($"appsettings.json: Admin:TokenHashes[{i}] is not a token hash; make a token and its hash with `calltracker new-token` (the hash looks like sha256$...).");
            }
        }

        if (options.Hosts.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("appsettings.json: Admin:Hosts has an empty entry; list the host names the service answers to, e.g. [\"localhost\", \"calltracker.example.com\"].");
        }

        if (options.SessionHours is < 1 or > 24 * 30)
        {
            errors.Add($"appsettings.json: Admin:SessionHours {options.SessionHours} must be from 1 to 720.");
        }

        if (options.SignInBurst is < 1 or > 1000)
        {
            errors.Add($"appsettings.json: Admin:SignInBurst {options.SignInBurst} must be from 1 to 1000.");
        }

        if (options.SignInAttemptsPerMinute is < 1 or > 6000)
        {
            errors.Add($"appsettings.json: Admin:SignInAttemptsPerMinute {options.SignInAttemptsPerMinute} must be from 1 to 6000.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
