namespace CallTracker.Pbx.Callbacks;

/// <summary>Bound from "Callbacks" in appsettings.json: what a manager hears, how long the client rings, retries and limits.</summary>
public sealed class CallbackOptions
{
    public const string SectionName = "Callbacks";

    /// <summary>Played to the manager who takes a callback, before the client is dialled; empty for none.</summary>
    public string ManagerPrompt { get; set; } = "sound:pls-hold-while-try";

    /// <summary>How long the client's phone rings.</summary>
    public int ClientRingSeconds { get; set; } = 30;

    /// <summary>
    /// Minutes to wait before each retry of a callback nobody answered: [5, 15] retries after 5 minutes, then 15 minutes
    /// after that, then gives up. Empty: one attempt only. (No default in code: the binder would add to it, not replace it.)
    /// </summary>
    public List<double> RetryMinutes { get; set; } = [];

    public CallbackLimitsOptions Limits { get; set; } = new();

    public TimeSpan ClientRingTime => TimeSpan.FromSeconds(ClientRingSeconds);

    /// <summary>The first attempt and every retry.</summary>
    public int MaxAttempts => 1 + RetryMinutes.Count;
}
