namespace CallTracker.Fakes;

/// <summary>A playback (one or more media URIs) on a channel or a bridge.</summary>
internal sealed class SimPlayback
{
    public SimPlayback(string id, IReadOnlyList<string> media, string language, SimChannel? channel, SimBridge? bridge)
    {
        Id = id;
        Media = media;
        Language = language;
        Channel = channel;
        Bridge = bridge;
    }

    public string Id { get; }

    public IReadOnlyList<string> Media { get; }

    public int Index { get; set; }

    public string Language { get; }

    public SimChannel? Channel { get; }

    public SimBridge? Bridge { get; }

    public string TargetUri => Channel is not null ? "channel:" + Channel.Id : "bridge:" + Bridge!.Id;

    public string State { get; set; } = "queued";

    public ScheduledAction? Timer { get; set; }

    public string CurrentMedia => Media[Math.Min(Index, Media.Count - 1)];

    public string? NextMedia => Index + 1 < Media.Count ? Media[Index + 1] : null;

    public bool CurrentMediaIsSilence => CurrentMedia.StartsWith("sound:silence", StringComparison.Ordinal);
}
