namespace CallTracker.Fakes;

/// <summary>A live recording of a channel or a bridge, and how much audio it has heard.</summary>
internal sealed class SimRecording
{
    public SimRecording(string name, string format, SimChannel? channel, SimBridge? bridge, DateTimeOffset start)
    {
        Name = name;
        Format = format;
        Channel = channel;
        Bridge = bridge;
        LastUpdate = start;
    }

    public string Name { get; }

    public string Format { get; }

    public SimChannel? Channel { get; }

    public SimBridge? Bridge { get; }

    public string TargetUri => Channel is not null ? "channel:" + Channel.Id : "bridge:" + Bridge!.Id;

    public string State { get; set; } = "queued";

    public int MaxDurationSeconds { get; init; }

    public int MaxSilenceSeconds { get; init; }

    public string TerminateOn { get; init; } = "none";

    public string? Cause { get; set; }

    public ScheduledAction? DurationTimer { get; set; }

    public ScheduledAction? SilenceTimer { get; set; }

    public DateTimeOffset LastUpdate { get; set; }

    public bool HearingFrames { get; set; }

    public bool HearingTalking { get; set; }

    public double FramesSeconds { get; set; }

    public double TalkingSeconds { get; set; }

    public bool Paused { get; set; }
}
