namespace CallTracker.Store.Schema;

/// <summary>A migration script whose file name has been checked and whose number has been read from it.</summary>
internal sealed record Migration(int Version, string FileName, string Sql);
