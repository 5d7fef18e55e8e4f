using CallTracker.Ivr.Menus;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Callbacks;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Fallback;
using CallTracker.Pbx.Prompts;
using CallTracker.Pbx.Reports;
using CallTracker.Pbx.Routing;
using CallTracker.Pbx.Tracking;
using CallTracker.Pbx.Web.Admin;
using CallTracker.Pbx.Webhooks;
using CallTracker.Store;

namespace CallTracker.Pbx.Hosting;

/// <summary>
/// Every top-level section the settings files may hold. A section not listed here is a typo to the start-up check
/// (<see cref="ConfigurationShapeCheck"/>): add a new options class here as well as in its registration.
/// </summary>
internal static class ConfiguredSections
{
    public const string Logging = "Logging";

    public static IReadOnlyList<ConfiguredSection> All { get; } =
    [
        ConfiguredSection.Of<AriOptions>(AriOptions.SectionName),
        ConfiguredSection.Of<HttpApiOptions>(HttpApiOptions.SectionName),
        ConfiguredSection.Of<StoreOptions>(StoreOptions.SectionName),
        ConfiguredSection.Of<RecordingOptions>(RecordingOptions.SectionName),
        ConfiguredSection.Of<CallLimitsOptions>(CallLimitsOptions.SectionName),
        ConfiguredSection.Of<PromptOptions>(PromptOptions.SectionName),
        ConfiguredSection.Of<RoutingOptions>(RoutingOptions.SectionName),
        ConfiguredSection.Of<IvrOptions>(IvrOptions.SectionName),
        ConfiguredSection.Of<TrackingOptions>(TrackingOptions.SectionName),
        ConfiguredSection.Of<AdminOptions>(AdminOptions.SectionName),
        ConfiguredSection.Of<ReportOptions>(ReportOptions.SectionName),
        ConfiguredSection.Of<CallTypeOptions>(CallTypeOptions.SectionName),
        ConfiguredSection.Of<FallbackCallOptions>(FallbackCallOptions.SectionName),
        ConfiguredSection.Of<WebhookOptions>(WebhookOptions.SectionName),
        ConfiguredSection.Of<OutboundOptions>(OutboundOptions.SectionName),
        ConfiguredSection.Of<CallbackOptions>(CallbackOptions.SectionName),
    ];
}
