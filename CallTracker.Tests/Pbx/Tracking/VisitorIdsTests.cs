using System.Runtime.Versioning;
using CallTracker.Pbx.Tracking;
using CallTracker.Store;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Tracking;

public sealed class VisitorIdsTests
{
    private string folder;

    [SetUp]
    public void SetUp() => folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "calltracker-ids-" + Guid.NewGuid().ToString("N"))).FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(folder, recursive: true);

    [Test]
    public void An_issued_id_is_genuine_and_stays_genuine_after_a_restart()
    {
        var id = CreateSut().Issue();

        var afterRestart = CreateSut();

        Assert.That((CreateSut().IsGenuine(id), afterRestart.IsGenuine(id)), Is.EqualTo((true, true)));
        Assert.That(id, Does.Match("^[A-Za-z0-9_-]{44}$"));
    }

    [TestCase("visitor-a1")]
    [TestCase("")]
    [TestCase(null)]
    public void Ids_the_service_did_not_sign_are_not_genuine(string? id) =>
        Assert.That(CreateSut().IsGenuine(id), Is.False);

    [Test]
    public void A_changed_signature_or_an_id_signed_with_another_key_is_not_genuine()
    {
        var id = CreateSut().Issue();
        var tampered = id[..43] + (id[43] == 'A' ? 'B' : 'A');
        var otherKey = new VisitorIds(Options.Create(new StoreOptions { DatabasePath = Path.Combine(folder, "other", "calltracker.db") }));

        Assert.That((CreateSut().IsGenuine(tampered), otherKey.IsGenuine(id)), Is.EqualTo((false, false)));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public void The_key_file_is_readable_by_the_service_account_only()
    {
        var sut = CreateSut();
        sut.Issue();

        Assert.That(File.GetUnixFileMode(sut.KeyPath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    private VisitorIds CreateSut() =>
        new(Options.Create(new StoreOptions { DatabasePath = Path.Combine(folder, "calltracker.db") }));
}
