using Extractor.Storage.Export;

namespace Extractor.Storage.Tests.Export;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+84", "'+84")]
    [InlineData("Phạm Minh Chính", "Phạm Minh Chính")]
    public void Quotes_fields_as_rfc_4180_says_and_defuses_spreadsheet_formulas(string value, string expected)
    {
        using var writer = new StringWriter();

        Csv.Write(writer, ["h"], [[value]]);

        writer.ToString().Should().Be($"h\r\n{expected}\r\n");
    }

    [Theory]
    [InlineData(81.01, "81.01")]
    [InlineData(1600, "1600")]
    [InlineData(-3.5, "-3.5")]
    public void Writes_numbers_in_invariant_form_without_the_formula_guard(double value, string expected)
    {
        using var writer = new StringWriter();

        Csv.Write(writer, ["v"], [[(decimal)value]]);

        writer.ToString().Should().Be($"v\r\n{expected}\r\n");
    }
}
