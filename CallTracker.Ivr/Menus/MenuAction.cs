namespace CallTracker.Ivr.Menus;

public enum MenuAction
{
    /// <summary>Hand the caller to a route; the service knows routes, the menu only names one.</summary>
    Route,

    /// <summary>Go to another menu.</summary>
    Menu,
    Voicemail,

    /// <summary>Play this menu's prompt again.</summary>
    Repeat,

    /// <summary>Return to the menu the caller came from (its prompt, not its greeting); in the first menu, the same as Repeat.</summary>
    Back,
}
