namespace CallTracker.Pbx.Calls.Events;

/// <summary>One step of the manager's path through the tagging menu.</summary>
public sealed record TaggingStepTaken(string Step, string StepDetail, long AtMs) : CallEvent
{
    public override string Kind => "Tagging" + Step;

    public override object? Detail() => new { detail = StepDetail, atMs = AtMs };
}
