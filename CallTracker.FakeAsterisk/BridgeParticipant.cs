namespace CallTracker.Fakes;

/// <summary>Something in a bridge: a channel, or Asterisk's own announcer (MOH) or recorder channel.</summary>
internal sealed record BridgeParticipant(string Name, SimChannel? Channel);
