namespace CallTracker.Pbx.Routing;

/// <summary>What the manager hears before being put through: the call's source, and optionally a request to press 1.</summary>
public sealed class WhisperOptions
{
    /// <summary>Prompt per source name from tracking.json (e.g. "google": "sound:custom/from-google"); "default" for any other source or none.</summary>
    public Dictionary<string, string> Prompts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The manager must press 1 to take the call; anything else, or nothing, counts as not answering.</summary>
    public bool RequireAccept { get; set; }

    /// <summary>Played after the source prompt when <see cref="RequireAccept"/> is set, e.g. "press 1 to accept".</summary>
    public string? AcceptPrompt { get; set; }

    public int AcceptTimeoutSeconds { get; set; } = 5;

    public string? PromptFor(string? source) =>
        source is not null && Prompts.TryGetValue(source, out var prompt) ? prompt : Prompts.GetValueOrDefault("default");
}
