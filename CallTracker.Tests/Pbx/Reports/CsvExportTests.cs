using CallTracker.Pbx.Reports;

namespace CallTracker.Tests.Pbx.Reports;

public sealed class CsvExportTests
{
    [TestCase("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [TestCase("+79161234567", "'+79161234567")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\tcmd", "'\tcmd")]
    [TestCase("spring, sale", "\"spring, sale\"")]
    [TestCase("two\nlines", "\"two\nlines\"")]
    [TestCase("google", "google")]
    public void Text_that_excel_would_run_or_split_is_neutralised_and_quoted(string text, string expected) =>
        Assert.That(CsvExport.Field(text), Is.EqualTo(expected));

    [Test]
    public void Numbers_stay_numbers_even_when_negative()
    {
        Assert.That(CsvExport.Field(-5L), Is.EqualTo("-5"));
        Assert.That(CsvExport.Field(12.345), Is.EqualTo("12.35"));
    }

    [Test]
    public void A_table_is_written_with_a_header_line_crlf_and_a_byte_order_mark()
    {
        var table = new ReportTable(["source", "calls"], [["=cmd", 3L], ["yandex", 1L]]);

        var csv = CsvExport.Write(table);

        Assert.That(csv, Is.EqualTo("\uFEFFsource,calls\r\n'=cmd,3\r\nyandex,1\r\n"));
    }
}
