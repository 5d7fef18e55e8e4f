using System.Collections.Concurrent;
using CallTracker.Pbx.Ari;
using Microsoft.Extensions.Logging;

namespace CallTracker.Tests.Pbx.Ari;

/// <summary>Keeps every formatted log line, at every level, so a test can read what an admin would see.</summary>
internal sealed class ListLogger : ILogger<AriEventSocket>
{
    private readonly ConcurrentQueue<string> messages = new();

    public IReadOnlyList<string> Messages => messages.ToList();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        messages.Enqueue(formatter(state, exception));
    }
}
