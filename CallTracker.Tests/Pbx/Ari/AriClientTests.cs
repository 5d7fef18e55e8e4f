using System.Net;
using CallTracker.Pbx.Ari;
using CallTracker.Pbx.Ari.Resources;
using Microsoft.Extensions.Options;

namespace CallTracker.Tests.Pbx.Ari;

[CancelAfter(20_000)]
public sealed class AriClientTests
{
    [Test]
    public async Task Asterisk_info_is_read_with_basic_authentication(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        using var sut = CreateSut(asterisk);

        var info = await sut.Asterisk.GetInfoAsync(cancellationToken);

        Assert.That(info.System?.Version, Does.Contain("22"));
    }

    [Test]
    public async Task Wrong_password_is_a_typed_401(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        using var sut = CreateSut(asterisk, password: "wrong");

        var error = Assert.ThrowsAsync<AriException>(() => sut.Asterisk.GetInfoAsync(cancellationToken));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(error.AsteriskMessage, Is.EqualTo("Authentication required"));
            Assert.That(error.Message, Does.Not.Contain("wrong"), "credentials never reach messages or logs");
        });
    }

    [Test]
    public async Task Unknown_channel_is_a_typed_404_with_asterisks_message(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        using var sut = CreateSut(asterisk);

        var error = Assert.ThrowsAsync<AriException>(() => sut.Channels.AnswerAsync("no-such-channel", cancellationToken));

        Assert.Multiple(() =>
        {
            Assert.That(error!.IsNotFound, Is.True);
            Assert.That(error.AsteriskMessage, Is.EqualTo("Channel not found"));
            Assert.That(error.Path, Is.EqualTo("/ari/channels/no-such-channel/answer"));
        });
    }

    [Test]
    public async Task Hanging_up_a_channel_that_is_already_gone_counts_as_done(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        using var sut = CreateSut(asterisk);

        var hungUp = await sut.Channels.HangupAsync("no-such-channel", HangupReason.Busy, cancellationToken);

        Assert.That(hungUp, Is.False);
    }

    [Test]
    public async Task Dialling_a_leg_twice_is_a_typed_409(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        asterisk.SetPhone("PJSIP/101", PhoneBehaviour.Manual());
        using var app = await Fixtures.StasisApp.ConnectAsync(asterisk, cancellationToken);
        using var sut = CreateSut(asterisk);
        var leg = await sut.Channels.CreateAsync(new ChannelCreateRequest { Endpoint = "PJSIP/101", App = "calltracker", ChannelId = "leg-1" }, cancellationToken);
        await sut.Channels.DialAsync(leg.Id, null, 30, cancellationToken);
        await Fixtures.Eventually.ThatAsync(async () => (await sut.Channels.GetAsync("leg-1", cancellationToken)).State != "Down", "the leg rings", cancellationToken);

        var error = Assert.ThrowsAsync<AriException>(() => sut.Channels.DialAsync(leg.Id, null, 30, cancellationToken));

        Assert.Multiple(() =>
        {
            Assert.That(leg.Id, Is.EqualTo("leg-1"), "Asterisk takes the id we choose");
            Assert.That(error!.IsConflict, Is.True);
        });
    }

    [Test]
    public async Task Unset_variable_reads_as_null_and_a_set_one_reads_back(CancellationToken cancellationToken)
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions(), cancellationToken);
        using var app = await Fixtures.StasisApp.ConnectAsync(asterisk, cancellationToken);
        using var sut = CreateSut(asterisk);
        var leg = await sut.Channels.CreateAsync(new ChannelCreateRequest { Endpoint = "PJSIP/101", App = "calltracker" }, cancellationToken);

        var unset = await sut.Channels.GetVariableAsync(leg.Id, "CT_NEVER_SET", cancellationToken);
        await sut.Channels.SetVariableAsync(leg.Id, "CT_TAG", "hot", cancellationToken);
        var set = await sut.Channels.GetVariableAsync(leg.Id, "CT_TAG", cancellationToken);

        Assert.Multiple(() =>
        {
            Assert.That(unset, Is.Null);
            Assert.That(set, Is.EqualTo("hot"));
        });
    }

    internal static AriClient CreateSut(FakeAsterisk asterisk, string password = "secret") =>
        new(new HttpClient(), Options.Create(new AriOptions { Url = asterisk.BaseUri.ToString(), Username = "calltracker", Password = password, AppName = "calltracker" }));
}
