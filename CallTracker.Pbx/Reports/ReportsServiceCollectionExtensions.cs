using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Reports;

public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddCallTrackerReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CallTypeOptions>().Bind(configuration.GetSection(CallTypeOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CallTypeOptions>, CallTypeOptionsValidator>();
        services.AddSingleton<CallTypeClassifier>();
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReportOptions>, ReportOptionsValidator>();
        services.AddSingleton<BusinessCalendar>();
        services.AddSingleton<ReportService>();
        services.AddHostedService<ReportCalendarSync>();
        return services;
    }
}
