using System.Globalization;
using Extractor.Normalization;
using Extractor.Normalization.Dates;
using Extractor.Normalization.Numerals;
using Extractor.Normalization.Unicode;
using Extractor.Testing;

namespace Extractor.Core.Tests.Normalization;

/// <summary>
/// The adversarial tables in <c>Tables/*.tsv</c> (numbers, dates, text) through the library, row by row. The same rows
/// go through the <c>extractor normalize</c> commands in the CLI tests.
/// </summary>
public sealed class NormalizationTableTests
{
    public static TheoryData<int, string> NumberRows => Indexed("numbers.tsv");

    public static TheoryData<int, string> DateRows => Indexed("dates.tsv");

    public static TheoryData<int, string> TextRows => Indexed("text.tsv");

    [Theory]
    [MemberData(nameof(NumberRows))]
    public void Reads_each_number_row(int row, string input)
    {
        var expected = NormalizationTables.Rows("numbers.tsv")[row];
        var result = VietnameseNumber.Parse(input);

        if (expected[1] == "!")
        {
            result.Success.Should().BeFalse($"\"{input}\" is not a quantity");
            result.Error.Should().NotBeNullOrEmpty();
            return;
        }

        result.Error.Should().BeNull($"\"{input}\" is a quantity");
        var reading = result.Reading!;
        reading.Value.Should().Be(decimal.Parse(expected[1], CultureInfo.InvariantCulture), input);
        reading.Of.Should().Be(NormalizationTables.Cell(expected, 2) is { } of ? decimal.Parse(of, CultureInfo.InvariantCulture) : null, input);
        Extractor.Output.ArticleRecordMapper.KindName(reading.Kind).Should().Be(expected[3], input);
        reading.Qualifier.Should().Be(NormalizationTables.Cell(expected, 4), input);
        reading.Unit.Should().Be(NormalizationTables.Cell(expected, 5), input);
    }

    [Theory]
    [MemberData(nameof(DateRows))]
    public void Reads_each_date_row(int row, string input)
    {
        var expected = NormalizationTables.Rows("dates.tsv")[row];
        var result = DateExpressionParser.Parse(input, DateExpressionParser.ParseReference(NormalizationTables.Cell(expected, 1)));

        if (expected[2] == "!")
        {
            result.Success.Should().BeFalse($"\"{input}\" gives no date");
            result.Error.Should().NotBeNullOrEmpty();
            return;
        }

        result.Error.Should().BeNull(input);
        result.Value!.StartIso.Should().Be(expected[2], input);
        result.Value.EndIso.Should().Be(NormalizationTables.Cell(expected, 3), input);
        result.Value.Granularity.ToString().ToLowerInvariant().Should().Be(expected[4], input);
    }

    [Theory]
    [MemberData(nameof(TextRows))]
    public void Normalizes_each_text_row(int row, string input)
    {
        var expected = NormalizationTables.Rows("text.tsv")[row];
        var text = VietnameseText.NormalizeExpression(input).Text;

        text.Should().Be(expected[1], input);
        SearchKey.Of(text).Should().Be(expected[2], input);
        VietnameseText.NormalizeExpression(text).Text.Should().Be(text, "normalizing twice changes nothing");
    }

    [Fact]
    public void The_tables_hold_hundreds_of_rows()
    {
        NormalizationTables.Rows("numbers.tsv").Count.Should().BeGreaterThan(300);
        NormalizationTables.Rows("dates.tsv").Count.Should().BeGreaterThan(250);
        NormalizationTables.Rows("text.tsv").Count.Should().BeGreaterThan(100);
    }

    private static TheoryData<int, string> Indexed(string file)
    {
        var data = new TheoryData<int, string>();
        var rows = NormalizationTables.Rows(file);
        for (var i = 0; i < rows.Count; i++)
        {
            data.Add(i, rows[i][0]);
        }

        return data;
    }
}
