namespace CallTracker.Pbx.Tracking;

/// <summary>Numbers handed out one per visitor, so a call tells which visit (and ad) it came from.</summary>
public sealed class NumberPoolOptions
{
    public string Name { get; set; } = "";

    public List<string> Numbers { get; set; } = [];
}
