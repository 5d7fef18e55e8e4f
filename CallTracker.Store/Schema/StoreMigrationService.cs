using Microsoft.Extensions.Hosting;

namespace CallTracker.Store.Schema;

/// <summary>Migrates the database while the host starts, so the service never runs on a schema it does not know.</summary>
internal sealed class StoreMigrationService : IHostedService
{
    private readonly MigrationRunner _runner;
    private readonly SqliteConnectionFactory _connectionFactory;

    public StoreMigrationService(MigrationRunner runner, SqliteConnectionFactory connectionFactory)
    {
        _runner = runner;
        _connectionFactory = connectionFactory;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _runner.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"The call store {_connectionFactory.DatabasePath} could not be opened and migrated, " +
                $"so the service will not start: {ex.Message}", ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
