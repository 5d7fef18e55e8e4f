namespace CallTracker.Fakes;

/// <summary>A caller id or connected line: name and number, as ARI shows them.</summary>
internal readonly record struct PartyId(string Name, string Number)
{
    public static PartyId Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>Parses an originate <c>callerId</c> or a <c>CALLERID(all)</c> value such as <c>"Test Caller" &lt;79161234567&gt;</c> or <c>&lt;79161234567&gt;</c>.</summary>
    public static PartyId Parse(string? callerId)
    {
        if (string.IsNullOrWhiteSpace(callerId))
        {
            return Empty;
        }

        var text = callerId.Trim();
        var open = text.LastIndexOf('<');
        var close = text.LastIndexOf('>');
        if (open < 0 || close < open)
        {
            return new PartyId(string.Empty, text);
        }

        // As ast_callerid_parse: the number after the last '<', one pair of outer quotes off the name.
        var number = text[(open + 1)..close].Trim();
        var name = text[..open].Trim();
        if (name.Length >= 2 && name[0] == '"' && name[^1] == '"')
        {
            name = name[1..^1];
        }

        return new PartyId(name, number);
    }
}
