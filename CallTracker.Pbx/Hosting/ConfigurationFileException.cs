namespace CallTracker.Pbx.Hosting;

/// <summary>A configuration file that cannot be read at all (missing, or not JSON); the message names the file.</summary>
public sealed class ConfigurationFileException : Exception
{
    public ConfigurationFileException()
    {
    }

    public ConfigurationFileException(string message)
        : base(message)
    {
    }

    public ConfigurationFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
