using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;

namespace CallTracker.Tests.Store.Repositories;

public sealed class SqliteManagerRepositoryTests : MigratedDatabaseTests
{
    [Test, CancelAfter(10_000)]
    public async Task UpsertAsync_of_a_known_endpoint_renames_the_manager(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.UpsertAsync(new ManagerRow { Endpoint = "PJSIP/101", Name = "Anna" }, cancellationToken);

        await sut.UpsertAsync(new ManagerRow { Endpoint = "PJSIP/101", Name = "Anna Petrova" }, cancellationToken);

        Assert.That(await sut.ListAsync(cancellationToken),
            Is.EqualTo(new[] { new ManagerRow { Endpoint = "PJSIP/101", Name = "Anna Petrova" } }));
    }

    [Test, CancelAfter(10_000)]
    public async Task ListAsync_returns_every_manager_ordered_by_endpoint(CancellationToken cancellationToken)
    {
        var sut = CreateSut();
        await sut.UpsertAsync(new ManagerRow { Endpoint = "PJSIP/102", Name = "Boris" }, cancellationToken);
        await sut.UpsertAsync(new ManagerRow { Endpoint = "PJSIP/101", Name = "Anna" }, cancellationToken);

        var managers = await sut.ListAsync(cancellationToken);

        Assert.That(managers.Select(m => m.Endpoint), Is.EqualTo<string[]>(["PJSIP/101", "PJSIP/102"]));
    }

    private SqliteManagerRepository CreateSut() => new(Database.ConnectionFactory);
}
