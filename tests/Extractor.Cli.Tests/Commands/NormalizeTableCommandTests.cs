using System.Globalization;
using System.Text;
using System.Text.Json;
using Extractor.Testing;

namespace Extractor.Cli.Tests.Commands;

/// <summary>
/// The CLI contract of <c>extractor normalize number|date|text</c>: the normalization tables fed through stdin, exactly one
/// JSON object per input line in order, and input it cannot read (empty lines, binary junk, lone surrogates, very long
/// lines) answered with nulls and an "error" field, never a crash.
/// </summary>
[Collection(StandardInputCollection.Name)]
public sealed class NormalizeTableCommandTests
{
    private static async Task<(int Code, string[] Lines)> RunAsync(string input, params string[] args)
    {
        var saved = Console.In;
        Console.SetIn(new StringReader(input));
        try
        {
            var (code, stdout, _) = await CliRunner.RunAsync(args);
            return (code, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Console.SetIn(saved);
        }
    }

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + "\n"));

    private static decimal? Number(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();

    private static string? Text(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    [Fact]
    public async Task Answers_every_number_row_of_the_table()
    {
        var rows = NormalizationTables.Rows("numbers.tsv");
        var (code, lines) = await RunAsync(Lines(rows.Select(r => r[0])), "normalize", "number");

        code.Should().Be(0);
        lines.Should().HaveCount(rows.Count);
        var wrong = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var e = JsonDocument.Parse(lines[i]).RootElement;
            e.GetProperty("input").GetString().Should().Be(row[0]);
            var ok = row[1] == "!"
                ? Number(e, "value") is null && Text(e, "kind") is null && e.TryGetProperty("error", out _)
                : Number(e, "value") == decimal.Parse(row[1], CultureInfo.InvariantCulture)
                  && Number(e, "of") == (NormalizationTables.Cell(row, 2) is { } of ? decimal.Parse(of, CultureInfo.InvariantCulture) : null)
                  && Text(e, "kind") == row[3] && Text(e, "qualifier") == NormalizationTables.Cell(row, 4)
                  && Text(e, "unit") == NormalizationTables.Cell(row, 5) && !e.TryGetProperty("error", out _);
            if (!ok)
            {
                wrong.Add($"{row[0]} → {lines[i]}");
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public async Task Answers_every_date_row_of_the_table()
    {
        var rows = NormalizationTables.Rows("dates.tsv");
        var input = Lines(rows.Select(r => NormalizationTables.Cell(r, 1) is { } reference ? r[0] + "\t" + reference : r[0]));
        var (code, lines) = await RunAsync(input, "normalize", "date");

        code.Should().Be(0);
        lines.Should().HaveCount(rows.Count);
        var wrong = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var e = JsonDocument.Parse(lines[i]).RootElement;
            var ok = row[2] == "!"
                ? Text(e, "start") is null && e.TryGetProperty("error", out _)
                : Text(e, "start") == row[2] && Text(e, "end") == NormalizationTables.Cell(row, 3) && Text(e, "granularity") == row[4];
            if (!ok)
            {
                wrong.Add($"{row[0]} → {lines[i]}");
            }
        }

        wrong.Should().BeEmpty();
    }

    [Fact]
    public async Task Answers_every_text_row_of_the_table()
    {
        var rows = NormalizationTables.Rows("text.tsv");
        var (code, lines) = await RunAsync(Lines(rows.Select(r => r[0])), "normalize", "text");

        code.Should().Be(0);
        lines.Should().HaveCount(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var e = JsonDocument.Parse(lines[i]).RootElement;
            e.GetProperty("input").GetString().Should().Be(rows[i][0]);
            e.GetProperty("text").GetString().Should().Be(rows[i][1], rows[i][0]);
            e.GetProperty("search_key").GetString().Should().Be(rows[i][2], rows[i][0]);
        }
    }

    [Fact]
    public async Task Writes_the_number_contract_fields_exactly()
    {
        var (code, lines) = await RunAsync("hơn 1.600 đảng viên\n81,01 %\n1.047,1 tỷ đồng\nSáng 2-7\n", "normalize", "number");

        code.Should().Be(0);
        lines.Should().Equal(
            "{\"input\":\"hơn 1.600 đảng viên\",\"value\":1600,\"of\":null,\"kind\":\"count\",\"qualifier\":\"hơn\",\"unit\":\"đảng viên\"}",
            "{\"input\":\"81,01 %\",\"value\":81.01,\"of\":null,\"kind\":\"percent\",\"qualifier\":null,\"unit\":\"%\"}",
            "{\"input\":\"1.047,1 tỷ đồng\",\"value\":1047100000000,\"of\":null,\"kind\":\"money\",\"qualifier\":null,\"unit\":\"đồng\"}",
            "{\"input\":\"Sáng 2-7\",\"value\":null,\"of\":null,\"kind\":null,\"qualifier\":null,\"unit\":null,\"error\":\"a date, not a quantity\"}");
    }

    [Fact]
    public async Task Writes_the_text_contract_fields_exactly()
    {
        var (code, lines) = await RunAsync("Uỷ ban nhân dân tỉnh Thanh Hoá\nCéng hoµ\n", "normalize", "text");

        code.Should().Be(0);
        lines.Should().Equal(
            "{\"input\":\"Uỷ ban nhân dân tỉnh Thanh Hoá\",\"text\":\"Ủy ban nhân dân tỉnh Thanh Hóa\",\"search_key\":\"uy ban nhan dan tinh thanh hoa\"}",
            "{\"input\":\"Céng hoµ\",\"text\":\"Cộng hòa\",\"search_key\":\"cong hoa\"}");
    }

    public static TheoryData<string> Commands => new() { "number", "date", "text" };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Answers_unreadable_lines_with_one_object_each_and_never_crashes(string command)
    {
        var random = new Random(3);
        var junk = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            junk.Append((char)random.Next(1, 0xFFFF) is var c && c is '\n' or '\r' ? 'x' : c);
        }

        string[] hostile =
        [
            "",
            "   ",
            "\u0000\u0001\u0002\u001b[31m",
            junk.ToString(),
            "12\ud800/3",
            "\udc00 ngày 5 tháng 7 năm 2023 \ud800",
            "Sáng 2-7\ud800",
            "\ufffd\ufffd\ufffd",
            new string('9', 100_000),
            string.Concat(Enumerable.Repeat("hơn 1.600 đảng viên, ngày 2/7/2020; ", 20_000)),
            "hai nghìn không trăm hai mươi\t2020-07-02",
            "Sáng 2-7\tnot-a-date",
        ];
        var (code, lines) = await RunAsync(Lines(hostile), "normalize", command, "--reference", "2020-07-02");
        if (command != "date")
        {
            (code, lines) = await RunAsync(Lines(hostile), "normalize", command);
        }

        code.Should().Be(0);
        lines.Should().HaveCount(hostile.Length, "exactly one JSON object per input line");
        foreach (var line in lines)
        {
            var e = JsonDocument.Parse(line).RootElement;
            e.TryGetProperty("input", out _).Should().BeTrue();
            if (e.TryGetProperty("error", out var error))
            {
                error.GetString().Should().NotBeNullOrEmpty();
                foreach (var field in command switch { "number" => new[] { "value", "of", "kind", "qualifier", "unit" }, "date" => ["start", "end", "granularity"], _ => ["text", "search_key"] })
                {
                    e.GetProperty(field).ValueKind.Should().Be(JsonValueKind.Null, $"{field} of an unreadable line");
                }
            }
        }

        if (command == "number")
        {
            JsonDocument.Parse(lines[0]).RootElement.TryGetProperty("error", out _).Should().BeTrue("an empty line is no number");
            JsonDocument.Parse(lines[10]).RootElement.GetProperty("value").GetDecimal().Should().Be(2020m);
        }

        if (command == "date")
        {
            JsonDocument.Parse(lines[0]).RootElement.TryGetProperty("error", out _).Should().BeTrue("an empty line is no date");
            JsonDocument.Parse(lines[5]).RootElement.GetProperty("start").GetString().Should().Be("2023-07-05");
            JsonDocument.Parse(lines[11]).RootElement.GetProperty("error").GetString().Should().Contain("reference");
        }
    }

    [Fact]
    public async Task Keeps_a_tab_inside_text_and_reads_a_trailing_reference_only_for_dates()
    {
        var (_, text) = await RunAsync("Bí\tthư\n", "normalize", "text");
        var (_, number) = await RunAsync("hơn 1.600 đảng viên\t2020-07-02\n", "normalize", "number");

        JsonDocument.Parse(text[0]).RootElement.GetProperty("text").GetString().Should().Be("Bí thư");
        JsonDocument.Parse(number[0]).RootElement.GetProperty("unit").GetString().Should().Be("đảng viên");
    }
}
