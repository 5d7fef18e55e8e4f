namespace CallTracker.Benchmarks;

/// <summary>Why a simulated call was not attributed to the session that led to it.</summary>
internal static class MissCause
{
    public const string Overflow = "overflow: pool exhausted, the visitor saw the overflow number";
    public const string AfterHold = "unknown: called after the hold ran out";
    public const string OtherVisitor = "wrong visitor: the number was re-issued after the hold";
    public const string AmbiguousOtherVisitor = "ambiguous: another visitor's session won";
    public const string EarlierSession = "same visitor, earlier session";

    public static readonly string[] All = [Overflow, AfterHold, OtherVisitor, AmbiguousOtherVisitor, EarlierSession];
}
