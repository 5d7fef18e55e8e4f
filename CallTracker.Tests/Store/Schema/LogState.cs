namespace CallTracker.Tests.Store.Schema;

/// <summary>Reads the structured properties of a log entry, as a provider such as NLog would.</summary>
internal static class LogState
{
    public static bool Has(object? state, string property, object expected) =>
        state is IEnumerable<KeyValuePair<string, object?>> properties
        && properties.Any(p => p.Key == property && Equals(p.Value, expected));
}
