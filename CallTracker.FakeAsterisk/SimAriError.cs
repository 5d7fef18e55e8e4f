namespace CallTracker.Fakes;

/// <summary>An ARI error answer: the status code and the <c>{"message": ...}</c> body Asterisk sends.</summary>
internal sealed class SimAriError : Exception
{
    public SimAriError(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public SimAriError()
    {
    }

    public SimAriError(string message)
        : base(message)
    {
    }

    public SimAriError(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; } = 500;

    /// <summary>When set, the body is <c>{"error": ...}</c> instead of <c>{"message": ...}</c> (unknown channel technology).</summary>
    public bool UsesErrorKey { get; init; }
}
