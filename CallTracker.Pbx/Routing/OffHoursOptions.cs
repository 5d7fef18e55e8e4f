namespace CallTracker.Pbx.Routing;

/// <summary>What an off-hours caller gets: Voicemail, a Message then hang up, or another Route.</summary>
public sealed class OffHoursOptions
{
    public OffHoursAction Action { get; set; } = OffHoursAction.Voicemail;

    /// <summary>Prompts for Message (and played before Voicemail's own prompt when set).</summary>
    public List<string> Prompts { get; set; } = [];

    /// <summary>The route name for Action Route.</summary>
    public string? Route { get; set; }
}
