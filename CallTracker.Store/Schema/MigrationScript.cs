namespace CallTracker.Store.Schema;

/// <summary>One migration as its source holds it: a file name of the form NNNN_name.sql and its SQL.</summary>
public sealed record MigrationScript(string FileName, string Sql);
