using CallTracker.Pbx.Fallback;

namespace CallTracker.Tests.Pbx.Fallback;

public sealed class CdrRecordTests
{
    [Test]
    public void A_cdr_csv_line_is_read_by_its_column_order_with_times_in_utc()
    {
        var fields = CdrCsvLine.Split(CdrLines.Line("1764581400.41"), out _)!;

        var record = CdrRecord.Parse(fields, out var error);

        Assert.That(error, Is.Null);
        Assert.That(record, Is.EqualTo(new CdrRecord
        {
            Source = "79161112233",
            Destination = "74950000001",
            CallerId = "\"Smith, John\" <79161112233>",
            DestinationChannel = "PJSIP/101-0000002a",
            Start = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero),
            Answer = new DateTimeOffset(2026, 12, 1, 9, 30, 12, TimeSpan.Zero),
            End = new DateTimeOffset(2026, 12, 1, 9, 33, 12, TimeSpan.Zero),
            DurationSeconds = 192,
            BillableSeconds = 180,
            Disposition = "ANSWERED",
            UniqueId = "1764581400.41",
            UserField = "calltracker-fallback",
        }));
    }

    [Test]
    public void The_columns_newcdrcolumns_adds_after_the_user_field_are_accepted()
    {
        var fields = CdrCsvLine.Split(CdrLines.Line("1764581400.41") + ",\"\",\"1764581400.41\",7", out _)!;

        var record = CdrRecord.Parse(fields, out _);

        Assert.That(record?.UserField, Is.EqualTo("calltracker-fallback"));
    }

    [Test]
    public void An_unanswered_call_has_no_answer_time()
    {
        var fields = CdrCsvLine.Split(CdrLines.Line("1.1", disposition: "NO ANSWER", dstChannel: "", answer: "", billsec: 0), out _)!;

        var record = CdrRecord.Parse(fields, out _);

        Assert.That(record?.Answer, Is.Null);
    }

    [Test]
    public void A_line_without_uniqueid_and_userfield_says_which_cdr_conf_settings_are_missing()
    {
        var fields = CdrCsvLine.Split(CdrLines.Line("1.1"), out _)!.Take(16).ToList();

        var record = CdrRecord.Parse(fields, out var error);

        Assert.That(record, Is.Null);
        Assert.That(error, Does.Contain("16 columns").And.Contain("loguniqueid and loguserfield"));
    }

    [Test]
    public void A_start_time_that_is_not_a_time_is_named()
    {
        var fields = CdrCsvLine.Split(CdrLines.Line("1.1", start: "yesterday"), out _)!;

        var record = CdrRecord.Parse(fields, out var error);

        Assert.That(record, Is.Null);
        Assert.That(error, Does.StartWith("start 'yesterday' is not a time"));
    }
}
