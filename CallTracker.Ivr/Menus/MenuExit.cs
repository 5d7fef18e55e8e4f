namespace CallTracker.Ivr.Menus;

/// <summary>How the caller left the menus.</summary>
public enum MenuExit
{
    /// <summary>Hand the caller to the route named by <see cref="MenuResult.Target"/>.</summary>
    Route,

    /// <summary>Take a message (see <c>VoicemailTaker</c>).</summary>
    Voicemail,

    /// <summary>Dial the extension in <see cref="MenuResult.Target"/>.</summary>
    DialExtension,

    /// <summary>The caller hung up in the menus; <see cref="MenuResult.HangUp"/> says where.</summary>
    HungUp,
}
