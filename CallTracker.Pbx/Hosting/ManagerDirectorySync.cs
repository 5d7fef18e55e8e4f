using CallTracker.Pbx.Routing;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Hosting;

/// <summary>Copies the managers of routing.json into the store at start-up, so reports can name who answered.</summary>
public sealed class ManagerDirectorySync(IOptions<RoutingOptions> routing, IManagerRepository managers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var manager in routing.Value.Managers)
        {
            await managers.UpsertAsync(new ManagerRow { Endpoint = manager.Endpoint, Name = manager.Name }, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
