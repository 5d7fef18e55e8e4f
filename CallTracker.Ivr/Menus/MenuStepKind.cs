namespace CallTracker.Ivr.Menus;

/// <summary>What happened at one step of a caller's path through the menus.</summary>
public enum MenuStepKind
{
    /// <summary>Entered a menu (first menu, an option or a fallback); its greeting follows.</summary>
    Entered,

    /// <summary>Came back to a menu with Back.</summary>
    Returned,

    /// <summary>A prompt played to its end; Detail is the media.</summary>
    PromptPlayed,

    /// <summary>A prompt was cut short by a digit or by the hangup that follows; Detail is the media.</summary>
    PromptInterrupted,

    /// <summary>A prompt could not be played (usually a missing sound file); Detail is the media.</summary>
    PromptFailed,

    /// <summary>A valid entry; Detail is the digits.</summary>
    Pressed,

    /// <summary>An entry that is no option or no known extension; Detail is the digits ("" for a lone '#').</summary>
    InvalidInput,

    /// <summary>Nothing pressed within the first-digit timeout.</summary>
    NoInput,

    /// <summary>The caller asked to hear the prompt again.</summary>
    Repeated,

    /// <summary>Retries ran out; Detail is the failure that decided it (NoInput or InvalidInput).</summary>
    FallbackTaken,

    /// <summary>Left the menus; Detail is the exit and its target, e.g. "Route sales", "DialExtension 101", "Voicemail".</summary>
    Left,

    /// <summary>The caller hung up; Detail is any digits pressed before it that made no entry.</summary>
    HungUp,

    /// <summary>A manager confirmed a tag in the tagging menu; Detail is its code and value, e.g. "1 5000".</summary>
    Tagged,
}
