using CallTracker.Ivr;
using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Prompts;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Callbacks;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Journal;
using CallTracker.Pbx.Calls.Ringing;
using CallTracker.Pbx.Calls.Ringing.Sticky;
using CallTracker.Pbx.Fallback;
using CallTracker.Pbx.Prompts;
using CallTracker.Pbx.Reports;
using CallTracker.Pbx.Routing;
using CallTracker.Pbx.Tracking;
using CallTracker.Pbx.Web;
using CallTracker.Pbx.Web.Admin;
using CallTracker.Pbx.Web.Health;
using CallTracker.Pbx.Webhooks;
using CallTracker.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Hosting;

public static class PbxServiceCollectionExtensions
{
    /// <summary>Registers the ARI client, call handling, routing and their validated options. Order matters for hosted services: the store migrates, managers sync, held pool numbers reload, calls start, and only then does the event socket open.</summary>
    public static IServiceCollection AddCallTrackerPbx(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddCallTrackerStore(configuration);
        services.AddCallTrackerIvr(configuration);

        services.AddOptions<AriOptions>().Bind(configuration.GetSection(AriOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AriOptions>, AriOptionsValidator>();
        services.AddOptions<RoutingOptions>().Bind(configuration.GetSection(RoutingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RouteMenuValidator>();
        services.AddOptions<RecordingOptions>().Bind(configuration.GetSection(RecordingOptions.SectionName));
        services.AddOptions<CallLimitsOptions>().Bind(configuration.GetSection(CallLimitsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CallLimitsOptions>, CallLimitsOptionsValidator>();
        services.AddOptions<PromptOptions>().Bind(configuration.GetSection(PromptOptions.SectionName));
        services.AddOptions<HttpApiOptions>().Bind(configuration.GetSection(HttpApiOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HttpApiOptions>, HttpApiOptionsValidator>();
        services.AddOptions<TrackingOptions>().Bind(configuration.GetSection(TrackingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrackingOptions>, TrackingOptionsValidator>();
        services.AddOptions<FallbackCallOptions>().Bind(configuration.GetSection(FallbackCallOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FallbackCallOptions>, FallbackCallOptionsValidator>();
        services.AddOptions<OutboundOptions>().Bind(configuration.GetSection(OutboundOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboundOptions>, OutboundOptionsValidator>();
        services.AddOptions<CallbackOptions>().Bind(configuration.GetSection(CallbackOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CallbackOptions>, CallbackOptionsValidator>();
        services.AddAdminAccess(configuration);
        services.AddCallTrackerReports(configuration);
        services.AddCallTrackerWebhooks(configuration);

        services.AddSingleton(sp => AriClient.Create(sp.GetRequiredService<IOptions<AriOptions>>()));
        services.AddSingleton<RouteTable>();
        services.AddSingleton<IKnownRoutes>(new ConfiguredRouteNames(configuration));
        services.AddSingleton<IExtensionDirectory>(sp => sp.GetRequiredService<RouteTable>());
        services.AddSingleton<IPromptCatalog, AsteriskSoundCatalog>();
        services.AddSingleton<LiveSettings>();
        services.AddSingleton<SettingsReloader>();
        services.AddSingleton<CallServices>();
        services.AddSingleton<CallRegistry>();
        services.AddSingleton<ManagerLoad>();
        services.AddSingleton<RingStrategies>();
        services.AddSingleton<CallSetupGate>();
        services.AddSingleton<DealerRotation>();
        services.AddSingleton<LastManagers>();
        services.AddSingleton<ICallEventSink, LastManagersSink>();
        services.AddSingleton<CallJournal>();
        services.AddSingleton<CallJournalWriter>();
        services.AddSingleton<ICallEventSink>(sp => sp.GetRequiredService<CallJournalWriter>());
        services.AddSingleton<CallEventBus>();
        services.AddSingleton<TrackingDirectory>();
        services.AddSingleton<NumberPoolAllocator>();
        services.AddSingleton<TrackingSessionService>();
        services.AddSingleton<VisitorIds>();
        SessionStartLimits.AddSessionStartLimits(services);
        services.AddSingleton<CallAttributionService>();
        services.AddSingleton<ICallAttribution, QueuedCallAttribution>();
        services.AddSingleton<CallSessionFactory>();
        services.AddSingleton<StrandedChannelSweep>();
        services.AddSingleton<CallDispatcher>();
        services.AddSingleton<IAriEventSink>(sp => sp.GetRequiredService<CallDispatcher>());
        services.AddSingleton<ICallbackCalls, CallbackCalls>();
        services.AddSingleton<CallbackScheduler>();
        services.AddSingleton<CallbackService>();
        services.AddSingleton<CallbackLimits>();
        services.AddSingleton<HealthProbe>();
        services.AddSingleton<AriEventSocket>();

        services.AddHostedService<ManagerDirectorySync>();
        services.AddHostedService<InterruptedCallSweep>();
        services.AddHostedService<NumberPoolWarmup>();
        services.AddHostedService<FallbackCallImporter>();
        services.AddHostedService<LastManagersLoader>();
        services.AddHostedService(sp => sp.GetRequiredService<SettingsReloader>());

        services.AddHostedService(sp => sp.GetRequiredService<WebhookDeliveryWorker>());

        // Before the dispatcher: hosted services stop in reverse order, so the journal drains after the last call ended.
        services.AddHostedService(sp => sp.GetRequiredService<CallJournalWriter>());

        // Before the dispatcher too: it stores how each callback attempt ended once the dispatcher has ended the calls.
        services.AddHostedService(sp => sp.GetRequiredService<CallbackScheduler>());
        services.AddHostedService(sp => sp.GetRequiredService<CallDispatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<AriEventSocket>());
        return services;
    }
}
