namespace CallTracker.Store.Rows;

/// <summary>The call-type columns of a <c>calls</c> row as SQLite stores them.</summary>
internal sealed class CallTypesRecord
{
    public long? IsUnique { get; init; }
    public long? IsTarget { get; init; }
    public long? IsRepeat { get; init; }
    public long? IsFirstTarget { get; init; }
    public long? IsUniqueTarget { get; init; }
}
