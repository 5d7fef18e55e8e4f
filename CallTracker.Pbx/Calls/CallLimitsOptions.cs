namespace CallTracker.Pbx.Calls;

/// <summary>
/// Bound from the "Calls" section of appsettings.json: the deadlines of waits on Asterisk. Asterisk does not always send
/// the event a call waits for (an unplayable media URI is Started and never Finished; events are lost while the socket
/// is down), so every wait ends at one of these, and a call that outlives them is ended by its watchdog.
/// </summary>
public sealed class CallLimitsOptions
{
    public const string SectionName = "Calls";

    /// <summary>Longest a single prompt may play before we ask Asterisk what became of it.</summary>
    public int PromptTimeoutSeconds { get; set; } = 120;

    /// <summary>Longest a voice menu, voicemail, whisper or tagging menu may take before the watchdog ends the call.</summary>
    public int StepTimeoutSeconds { get; set; } = 600;

    /// <summary>Longest a conversation may last before the watchdog takes the call as stuck.</summary>
    public int MaxTalkMinutes { get; set; } = 240;

    /// <summary>How often the watchdog checks its calls' deadlines.</summary>
    public int WatchdogPeriodSeconds { get; set; } = 5;

    public TimeSpan PromptTimeout => TimeSpan.FromSeconds(PromptTimeoutSeconds);

    public TimeSpan StepTimeout => TimeSpan.FromSeconds(StepTimeoutSeconds);

    public TimeSpan MaxTalk => TimeSpan.FromMinutes(MaxTalkMinutes);

    public TimeSpan WatchdogPeriod => TimeSpan.FromSeconds(WatchdogPeriodSeconds);
}
