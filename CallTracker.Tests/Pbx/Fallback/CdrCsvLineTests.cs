using CallTracker.Pbx.Fallback;

namespace CallTracker.Tests.Pbx.Fallback;

public sealed class CdrCsvLineTests
{
    [Test]
    public void Quoted_fields_keep_their_commas_and_doubled_quotes_and_bare_numbers_are_read_as_they_are()
    {
        var fields = CdrCsvLine.Split("\"\",\"79161112233\",\"\"\"Smith, John\"\" <791>\",42,\"\"", out var error);

        Assert.That(error, Is.Null);
        Assert.That(fields, Is.EqualTo(new[] { "", "79161112233", "\"Smith, John\" <791>", "42", "" }));
    }

    [Test]
    public void A_line_ending_in_a_comma_has_an_empty_last_field()
    {
        var fields = CdrCsvLine.Split("\"a\",", out _);

        Assert.That(fields, Is.EqualTo(new[] { "a", "" }));
    }

    [TestCase("\"a\",\"never closed", "field 2 opens a quote that is never closed")]
    [TestCase("\"a\"b,\"c\"", "field 1 has text after its closing quote")]
    [TestCase("\"a\",b\"c", "field 2 has a quote inside an unquoted value")]
    public void A_malformed_line_is_refused_naming_the_field_and_the_problem(string line, string expected)
    {
        var fields = CdrCsvLine.Split(line, out var error);

        Assert.That(fields, Is.Null);
        Assert.That(error, Is.EqualTo(expected));
    }
}
