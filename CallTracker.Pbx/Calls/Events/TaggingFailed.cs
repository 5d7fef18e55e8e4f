namespace CallTracker.Pbx.Calls.Events;

/// <summary>The tagging menu failed on an ARI error; the tags confirmed before it are kept.</summary>
public sealed record TaggingFailed(string Message) : CallEvent
{
    public override object? Detail() => new { message = Message };
}
