using CallTracker.Store;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Store;

public sealed class StoreServiceCollectionExtensionsTests
{
    private TempDatabase _database;

    [SetUp]
    public void SetUp() => _database = new TempDatabase();

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test, CancelAfter(10_000)]
    public async Task Host_start_migrates_the_store_behind_the_repositories(CancellationToken cancellationToken)
    {
        using var host = CreateSut(_database.FilePath);

        await host.StartAsync(cancellationToken);
        var managers = host.Services.GetRequiredService<IManagerRepository>();
        await managers.UpsertAsync(new ManagerRow { Endpoint = "PJSIP/101", Name = "Anna" }, cancellationToken);

        Assert.That(await managers.ListAsync(cancellationToken), Has.Count.EqualTo(1));
        await host.StopAsync(cancellationToken);
    }

    [Test, CancelAfter(10_000)]
    public async Task Host_start_with_an_empty_database_path_fails_naming_the_setting(CancellationToken cancellationToken)
    {
        using var host = CreateSut("");

        await Assert.ThatAsync(
            () => host.StartAsync(cancellationToken),
            Throws.TypeOf<OptionsValidationException>()
                .With.Message.Contains("Store:DatabasePath").And.Message.Contains("appsettings.json"));
    }

    private static IHost CreateSut(string databasePath)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Store:DatabasePath"] = databasePath });
        builder.Services.AddLogging();
        builder.Services.AddCallTrackerStore(builder.Configuration);
        return builder.Build();
    }
}
