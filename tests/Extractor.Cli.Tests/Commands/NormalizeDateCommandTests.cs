using System.Text.Json;

namespace Extractor.Cli.Tests.Commands;

[Collection(StandardInputCollection.Name)]
public sealed class NormalizeDateCommandTests
{
    private static async Task<(int Code, string[] Lines, string Stderr)> RunWithInputAsync(string input, params string[] args)
    {
        var saved = Console.In;
        Console.SetIn(new StringReader(input));
        try
        {
            var (code, stdout, stderr) = await CliRunner.RunAsync(args);
            return (code, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr);
        }
        finally
        {
            Console.SetIn(saved);
        }
    }

    [Fact]
    public async Task Writes_one_json_object_per_input_line_in_order()
    {
        var (code, lines, _) = await RunWithInputAsync(
            "Sáng 2-7\t2020-07-02\nquý III/2022\nkhông phải ngày\n16.7\n",
            "normalize", "date", "--reference", "2019-07-20");

        code.Should().Be(0);
        lines.Should().HaveCount(4);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        first.GetProperty("input").GetString().Should().Be("Sáng 2-7");
        first.GetProperty("start").GetString().Should().Be("2020-07-02");
        first.GetProperty("end").ValueKind.Should().Be(JsonValueKind.Null);
        first.GetProperty("granularity").GetString().Should().Be("day");
        var quarter = JsonDocument.Parse(lines[1]).RootElement;
        quarter.GetProperty("end").GetString().Should().Be("2022-09");
        quarter.GetProperty("granularity").GetString().Should().Be("quarter");
        var unreadable = JsonDocument.Parse(lines[2]).RootElement;
        unreadable.GetProperty("start").ValueKind.Should().Be(JsonValueKind.Null);
        unreadable.GetProperty("error").GetString().Should().NotBeNullOrEmpty();
        JsonDocument.Parse(lines[3]).RootElement.GetProperty("start").GetString().Should().Be("2019-07-16");
    }

    [Fact]
    public async Task Rejects_a_default_reference_that_is_not_a_date()
    {
        var (code, lines, stderr) = await RunWithInputAsync("16.7\n", "normalize", "date", "--reference", "hôm qua");

        code.Should().Be(2);
        lines.Should().BeEmpty();
        stderr.Should().Contain("--reference");
    }
}
