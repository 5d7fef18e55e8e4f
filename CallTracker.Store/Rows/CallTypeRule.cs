namespace CallTracker.Store.Rows;

/// <summary>What makes a call a target call, and how far back a repeat target call looks.</summary>
/// <param name="Site">The tracking site whose calls this rule covers; null for the default rule.</param>
public sealed record CallTypeRule(string? Site, int TargetTalkSeconds, int SalesCycleDays);
