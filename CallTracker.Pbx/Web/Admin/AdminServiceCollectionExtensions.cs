using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Web.Admin;

public static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddAdminAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>();
        services.AddSingleton<AdminSessions>();
        services.AddSingleton<AdminAccess>();
        services.AddHostedService<AdminSecurityWarnings>();
        SignInLimits.AddSignInLimits(services);
        return services;
    }

    /// <summary>Put before the endpoints: every request passes the Host check and, off the public paths, the sign-in check.</summary>
    public static IApplicationBuilder UseAdminAccess(this IApplicationBuilder app) => app.UseMiddleware<AdminAccessMiddleware>();
}
