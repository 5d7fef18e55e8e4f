using CallTracker.Pbx.Calls.Ringing;

namespace CallTracker.Tests.Pbx.Calls.Ringing;

public sealed class ManagerLoadTests
{
    [Test]
    public void Legs_of_one_call_on_a_phone_count_once_until_the_last_one_ends()
    {
        var sut = new ManagerLoad();
        var first = sut.Hold("PJSIP/101", "call-1");
        var second = sut.Hold("PJSIP/101", "call-1");
        var other = sut.Hold("PJSIP/101", "call-2");

        var both = sut.ActiveCalls("PJSIP/101");
        first.Dispose();
        var stillBoth = sut.ActiveCalls("PJSIP/101");
        second.Dispose();
        other.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(both, Is.EqualTo(2));
            Assert.That(stillBoth, Is.EqualTo(2), "call-1 still has a leg on the phone");
            Assert.That(sut.IsFree("PJSIP/101"), Is.True);
        });
    }

    [Test]
    public void A_call_ringing_several_of_a_dealers_phones_counts_once_for_the_dealer()
    {
        var sut = new ManagerLoad();
        using var a = sut.Hold("PJSIP/103", "call-1");
        using var b = sut.Hold("PJSIP/104", "call-1");
        using var c = sut.Hold("PJSIP/104", "call-2");
        using var elsewhere = sut.Hold("PJSIP/101", "call-3");

        Assert.That(sut.ActiveCalls(["PJSIP/103", "PJSIP/104"]), Is.EqualTo(2));
    }
}
