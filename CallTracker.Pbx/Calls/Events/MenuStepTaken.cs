namespace CallTracker.Pbx.Calls.Events;

/// <summary>One step of the caller's path through a voice menu (entered, pressed, no input …).</summary>
public sealed record MenuStepTaken(string Step, string Menu, string StepDetail, long AtMs) : CallEvent
{
    public override string Kind => "Menu" + Step;

    public override object? Detail() => new { menu = Menu, detail = StepDetail, atMs = AtMs };
}
