using CallTracker.Ivr.Menus;
using CallTracker.Ivr.Tagging;
using CallTracker.Ivr.Voicemail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallTracker.Ivr;

public static class IvrServiceCollectionExtensions
{
    /// <summary>
    /// Registers the menu runner, the voicemail taker, the tagging menu and menus.json's "Ivr" section, validated at start-up.
    /// The service registers the ports the IVR cannot know about: <see cref="IKnownRoutes"/>, <see cref="Prompts.IPromptCatalog"/>
    /// and <see cref="IExtensionDirectory"/>; each call's <see cref="Prompts.ICallLeg"/> is passed to the runner directly.
    /// </summary>
    public static IServiceCollection AddCallTrackerIvr(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IvrOptions>().Bind(configuration.GetSection(IvrOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IvrOptions>, MenuOptionsValidator>();
        services.AddSingleton<IValidateOptions<IvrOptions>, TaggingOptionsValidator>();

        // Checked as part of IvrOptions; bound on their own so the voicemail taker and the tagging menu need no menus.
        services.AddOptions<VoicemailOptions>().Bind(configuration.GetSection(VoicemailOptions.SectionName));
        services.AddOptions<TaggingOptions>().Bind(configuration.GetSection(TaggingOptions.SectionName));
        services.AddSingleton<MenuRunner>();
        services.AddSingleton<VoicemailTaker>();
        services.AddSingleton<TaggingMenu>();
        return services;
    }
}
