namespace CallTracker.Ivr.Menus;

/// <summary>Ways a caller fails a menu attempt.</summary>
public enum MenuFailure
{
    /// <summary>Pressed nothing within the first-digit timeout.</summary>
    NoInput,

    /// <summary>Pressed a key that is no option, or an extension that does not exist.</summary>
    InvalidInput,
}
