using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace CallTracker.Store.Schema;

/// <summary>Checks and migrates the database while the host starts, so the service never runs on a schema it does not know.</summary>
internal sealed class StoreMigrationService : IHostedService
{
    private readonly MigrationRunner _runner;
    private readonly SqliteConnectionFactory _connectionFactory;
    private readonly DatabaseGuard _guard;

    public StoreMigrationService(MigrationRunner runner, SqliteConnectionFactory connectionFactory, DatabaseGuard guard)
    {
        _runner = runner;
        _connectionFactory = connectionFactory;
        _guard = guard;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _guard.CheckPresent();
            await using (var connection = await _connectionFactory.OpenAsync(cancellationToken))
            {
                await _guard.CheckContentAsync(connection, cancellationToken);
            }

            await _runner.RunAsync(cancellationToken);
            await _guard.MarkInUseAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StoreStartupException)
        {
            throw new StoreStartupException(
                $"The database {_connectionFactory.DatabasePath} could not be opened and migrated, " +
                $"so the service will not start: {ex.Message}", ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
