namespace CallTracker.Ivr.Menus;

/// <summary>What a key (or the fallback) does. Action is text so a typo is reported by the validator with its key, not thrown by the binder.</summary>
public sealed class MenuChoiceOptions
{
    /// <summary>Route, Menu, Voicemail, Repeat or Back (case-insensitive).</summary>
    public string Action { get; set; } = "";

    /// <summary>The route name for Route, the menu id for Menu; empty for the others.</summary>
    public string Target { get; set; } = "";

    /// <summary>The parsed <see cref="Action"/>, or null when it names no action.</summary>
    public MenuAction? ParsedAction =>
        Enum.GetValues<MenuAction>().Select(a => (MenuAction?)a)
            .FirstOrDefault(a => string.Equals(a.ToString(), Action.Trim(), StringComparison.OrdinalIgnoreCase));
}
