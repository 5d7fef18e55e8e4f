using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Journal;

namespace CallTracker.Tests.Pbx.Calls.Journal;

public sealed class CallRecordTests
{
    private static readonly DateTimeOffset Arrival = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Talk_ends_when_the_caller_leaves_not_when_the_manager_finishes_tagging()
    {
        var record = CreateSut();

        Apply(record, 12, new CallAnswered("PJSIP/101", "Anna", Arrival.AddSeconds(10)));
        Apply(record, 70, new CallerLeft("PJSIP/101"));
        Apply(record, 95, new CallEnded(CallStatus.Answered));

        Assert.That(
            (record.Row.Status, record.Row.WaitSeconds, record.Row.TalkSeconds, record.Row.AnsweredBy, record.Row.EndedAt),
            Is.EqualTo(("Answered", 10, 60, "PJSIP/101", (DateTimeOffset?)Arrival.AddSeconds(95))));
    }

    [Test]
    public void A_call_that_ends_unanswered_waited_until_its_end_and_keeps_no_answer()
    {
        var record = CreateSut();

        Apply(record, 5, new CallAnswered("PJSIP/101", "Anna", Arrival.AddSeconds(5)));
        Apply(record, 9, new CallEnded(CallStatus.CallerHungUpBeforeAnswer));

        Assert.That((record.Row.WaitSeconds, record.Row.TalkSeconds, record.Row.AnsweredAt, record.Row.AnsweredBy), Is.EqualTo((9, 0, (DateTimeOffset?)null, (string?)null)));
    }

    [Test]
    public void Voicemail_off_hours_and_greeting_time_come_from_their_events()
    {
        var record = CreateSut();

        Apply(record, 0, new OffHoursReached("office", "Voicemail"));
        Apply(record, 3, new MenuFinished("HungUp", null, null, 0, 0, 3000, 3));
        Apply(record, 30, new VoicemailTaken("Kept", "voicemail/x", "/var/spool/x.wav", 21, null));
        Apply(record, 31, new CallEnded(CallStatus.Voicemail));

        Assert.That(
            (record.Row.OffHours, record.Row.IvrListenedSeconds, record.Row.VoicemailPath, record.Row.VoicemailSeconds, record.Row.Status),
            Is.EqualTo((true, (int?)3, "/var/spool/x.wav", (int?)21, "Voicemail")));
    }

    [Test]
    public void A_recording_Asterisk_kept_nothing_of_has_no_path_and_no_length()
    {
        var record = CreateSut();

        Apply(record, 40, new RecordingFinished("calls/x", null, null));

        Assert.That((record.Row.RecordingPath, record.Row.RecordingSeconds), Is.EqualTo(((string?)null, (int?)null)));
    }

    private static CallRecord CreateSut() =>
        new(new CallArrived("chan-1", "74950000001", "79161234567", null, "sales", true, "Inbound") { CallId = "c1", At = Arrival });

    private static void Apply(CallRecord record, int second, CallEvent callEvent) =>
        record.Apply(callEvent with { CallId = "c1", At = Arrival.AddSeconds(second) });
}
