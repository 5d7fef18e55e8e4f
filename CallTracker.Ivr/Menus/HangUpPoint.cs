namespace CallTracker.Ivr.Menus;

/// <summary>Where in the menus the caller hung up. "Pending" failures are those since the caller last pressed something valid.</summary>
public enum HangUpPoint
{
    /// <summary>During the first menu's greeting, before any choice.</summary>
    InGreeting,

    /// <summary>In a menu after pressing nothing: a no-input is pending and no invalid input is.</summary>
    AfterNoInput,

    /// <summary>In a menu, with an invalid input pending (it outranks no input: the caller tried and was not understood).</summary>
    AfterInvalidInput,

    /// <summary>In a menu with nothing pending: listening to a prompt or choosing.</summary>
    WhileChoosing,
}
