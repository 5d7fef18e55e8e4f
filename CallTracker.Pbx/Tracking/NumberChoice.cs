namespace CallTracker.Pbx.Tracking;

/// <summary>What a site's rules pick for a visit: a number from <see cref="Pool"/>, or the fixed <see cref="Number"/>.</summary>
public sealed record NumberChoice(ShownNumberKind Kind, string? Number, string? Pool);
