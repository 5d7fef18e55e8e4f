namespace CallTracker.Pbx.Calls.Events;

/// <summary>The manager confirmed a tag on the keypad.</summary>
public sealed record CallTagged(string Code, string Name, long Value, bool ValueDefaulted, string By, DateTimeOffset TaggedAt) : CallEvent
{
    public override string Kind => "Tagged";

    public override object? Detail() => new { code = Code, name = Name, value = Value, valueDefaulted = ValueDefaulted, by = By };
}
