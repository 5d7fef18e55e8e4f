namespace CallTracker.Ivr.Tagging;

/// <summary>One kind of call a manager can tag from the keypad, e.g. code 1 "Sale".</summary>
public sealed class TagCategory
{
    /// <summary>What the manager types before '#': 1 to 6 digits, unique among the categories.</summary>
    public string Code { get; set; } = "";

    /// <summary>What reports show; never spoken (Asterisk has no text-to-speech here), so the code is read back instead.</summary>
    public string Name { get; set; } = "";

    /// <summary>The value stored when the manager skips it ('#' alone or silence); 0 or more, as a keypad cannot type a minus.</summary>
    public long DefaultValue { get; set; }
}
