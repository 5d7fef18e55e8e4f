using CallTracker.Pbx.Calls.Journal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Webhooks;

public static class WebhooksServiceCollectionExtensions
{
    /// <summary>Options, the outbox the journal commits with each call event, and the sender. The delivery worker is registered with the other hosted services.</summary>
    public static IServiceCollection AddCallTrackerWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookOutbox>();
        services.AddSingleton<ICallEventOutbox>(sp => sp.GetRequiredService<WebhookOutbox>());

        // One long-lived client; redirects are not followed, so a signed body never goes to a host nobody configured.
        services.AddSingleton(sp => new WebhookSender(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false }) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<WebhookDeliveryWorker>();
        return services;
    }
}
