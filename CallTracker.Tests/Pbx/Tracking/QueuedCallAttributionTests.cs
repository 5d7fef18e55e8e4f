using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Tracking;
using CallTracker.Tests.Fixtures;
using static CallTracker.Tests.Pbx.Tracking.TrackingServices;

namespace CallTracker.Tests.Pbx.Tracking;

[CancelAfter(20_000)]
public sealed class QueuedCallAttributionTests
{
    private const string BillboardNumber = "74950000002";

    private TrackingServices services;

    [SetUp]
    public async Task SetUp() => services = await CreateAsync(CancellationToken.None);

    [TearDown]
    public void TearDown() => services.Dispose();

    [Test]
    public async Task A_question_asked_while_a_call_is_before_its_first_dial_is_answered_once_that_call_has_dialled(CancellationToken cancellationToken)
    {
        using var setup = new CallSetupGate(services.Time);
        using var sut = new QueuedCallAttribution(services.CreateAttribution(), setup);
        var dialling = setup.Enter();

        var answer = sut.DecideAsync("c1", BillboardNumber, services.Time.GetUtcNow(), cancellationToken);
        await Task.Delay(50, cancellationToken);
        var answeredWhileDialling = answer.IsCompleted;
        dialling.Dispose();

        Assert.That(((await answer)?.Source, answeredWhileDialling), Is.EqualTo(("Billboard", false)));
    }

    [Test]
    public async Task A_call_that_never_dials_holds_the_answer_only_for_MaxHold(CancellationToken cancellationToken)
    {
        using var setup = new CallSetupGate(services.Time);
        using var sut = new QueuedCallAttribution(services.CreateAttribution(), setup);
        using var stuck = setup.Enter();

        var asked = services.Time.GetUtcNow();
        var answer = sut.DecideAsync("c1", BillboardNumber, asked, cancellationToken);
        await Eventually.ThatAsync(
            () =>
            {
                services.Time.Advance(TimeSpan.FromMilliseconds(100));
                return answer.IsCompleted;
            },
            "the question is answered although a call never dials",
            cancellationToken);

        Assert.That((await answer)?.Source, Is.EqualTo("Billboard"));
        Assert.That(services.Time.GetUtcNow() - asked, Is.GreaterThanOrEqualTo(CallSetupGate.MaxHold));
    }
}
