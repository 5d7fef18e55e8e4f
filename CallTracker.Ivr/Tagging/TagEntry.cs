namespace CallTracker.Ivr.Tagging;

/// <summary>One confirmed tag; the service stores it with the call together with who tagged (the manager's leg is its own).</summary>
/// <param name="ValueDefaulted">The manager skipped the value and <paramref name="Value"/> is the category's default.</param>
/// <param name="At">When the manager confirmed it.</param>
public sealed record TagEntry(string Code, string Name, long Value, bool ValueDefaulted, DateTimeOffset At);
