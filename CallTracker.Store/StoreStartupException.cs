namespace CallTracker.Store;

/// <summary>The database cannot be used as it is (missing after use, emptied, damaged, unopenable); the message says what to do.</summary>
public sealed class StoreStartupException : Exception
{
    public StoreStartupException()
    {
    }

    public StoreStartupException(string message)
        : base(message)
    {
    }

    public StoreStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
