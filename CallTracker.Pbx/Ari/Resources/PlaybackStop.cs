namespace CallTracker.Pbx.Ari.Resources;

/// <summary>What <c>DELETE /playbacks/{id}</c> did.</summary>
public enum PlaybackStop
{
    /// <summary>204: stopped; PlaybackFinished follows.</summary>
    Stopped,

    /// <summary>404: it had already finished.</summary>
    AlreadyFinished,

    /// <summary>
    /// 500 "Could not stop playback": Asterisk 22 cannot stop <c>digits:</c>, <c>number:</c> or <c>characters:</c>
    /// media; it plays on to its end and PlaybackFinished comes then (transcript 18).
    /// </summary>
    NotStoppable,
}
