using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Reports;

public sealed class ReportOptionsValidator : IValidateOptions<ReportOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"appsettings.json: Reports:TimeZone '{options.TimeZone}' is not a known time zone; use an IANA id such as Europe/Moscow.");
    }
}
