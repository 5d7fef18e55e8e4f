using System.Runtime.Versioning;
using System.ServiceProcess;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CallTracker.Pbx.Hosting;

/// <summary>
/// The Windows service manager takes the exit code the service reports as it stops, not the process's. A background
/// service that failed and stopped the host must set it before that report, so that the failure actions
/// (deploy/ServiceRecovery.ps1, failure flag on) restart the service instead of seeing a clean stop
/// (dotnet/runtime#77381).
/// </summary>
[SupportedOSPlatform("windows")]
internal static class WindowsServiceExitCode
{
    private const int FailedExitCode = 1;

    public static void SetWhenAWorkerFails(IServiceProvider services)
    {
        if (services.GetService<IHostLifetime>() is not ServiceBase service)
        {
            return;
        }

        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() =>
        {
            if (CallTrackerHost.FailedWorker(services) is not null)
            {
                service.ExitCode = FailedExitCode;
            }
        });
    }
}
