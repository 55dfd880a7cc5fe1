using System.Text.Json;
using Extractor.Testing;

namespace Extractor.Cli.Tests;

public class ExtractCommandTests
{
    private static string Sample => Path.Combine(RepositoryPaths.Corpus, "sample");

    [Fact]
    public async Task A_path_that_does_not_exist_exits_2_naming_it()
    {
        var (code, stdout, stderr) = await CliRunner.RunAsync("extract", "/no/such/path");

        code.Should().Be(2);
        stderr.Should().Contain("/no/such/path");
        stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_argument_is_a_usage_error()
    {
        var (code, _, _) = await CliRunner.RunAsync("extract");

        code.Should().Be(2);
    }

    [Fact]
    public async Task Every_record_of_the_sample_validates_against_the_schema()
    {
        var (code, stdout, _) = await CliRunner.RunAsync("extract", Sample);

        code.Should().Be(0);
        var validator = JsonSchemaValidator.Load(RepositoryPaths.Schema);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(Directory.GetFiles(Sample, "*.txt").Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            validator.Validate(json.RootElement).Should().BeEmpty(line[..Math.Min(line.Length, 120)]);
        }
    }

    [Fact]
    public async Task Spans_point_inside_the_text()
    {
        var (_, stdout, _) = await CliRunner.RunAsync("extract", Sample);

        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var length = json.RootElement.GetProperty("text").GetString()!.Length;
            foreach (var figure in json.RootElement.GetProperty("figures").EnumerateArray())
            {
                figure.GetProperty("end").GetInt32().Should().BeLessThanOrEqualTo(length);
                figure.GetProperty("start").GetInt32().Should().BeLessThanOrEqualTo(figure.GetProperty("end").GetInt32());
            }

            foreach (var official in json.RootElement.GetProperty("officials").EnumerateArray())
            {
                foreach (var mention in official.GetProperty("mentions").EnumerateArray())
                {
                    mention.GetProperty("end").GetInt32().Should().BeLessThanOrEqualTo(length);
                }
            }
        }
    }

    [Fact]
    public async Task Output_is_in_input_order_whatever_the_number_of_jobs()
    {
        var (_, one, _) = await CliRunner.RunAsync("extract", Sample, "--jobs", "1");
        var (_, four, _) = await CliRunner.RunAsync("extract", Sample, "--jobs", "4");

        four.Should().Be(one);
    }

    [Fact]
    public async Task Unreadable_inputs_give_error_records_and_exit_1()
    {
        var dir = Directory.CreateTempSubdirectory("extractor-cli-");
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(dir.FullName, "a.txt"), []);
            await File.WriteAllBytesAsync(Path.Combine(dir.FullName, "b.txt"), [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x01]);
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "c.txt"), "Sáng 2-7, Đảng ủy Khối tổ chức hội nghị.");
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "notes.md"), "skipped");

            var (code, stdout, stderr) = await CliRunner.RunAsync("extract", dir.FullName);

            code.Should().Be(1);
            var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            records.Should().HaveCount(3);
            records[0].GetProperty("errors")[0].GetString().Should().Contain("a.txt").And.Contain("empty");
            records[1].GetProperty("errors")[0].GetString().Should().Contain("b.txt").And.Contain("PDF");
            records[2].GetProperty("errors").GetArrayLength().Should().Be(0);
            stderr.Should().Contain("1 non-article files skipped");
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Output_option_writes_the_records_to_a_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"extractor-{Guid.NewGuid():N}.jsonl");
        try
        {
            var (code, stdout, _) = await CliRunner.RunAsync("extract", Sample, "--output", file);

            code.Should().Be(0);
            stdout.Should().BeEmpty();
            File.ReadAllLines(file).Should().HaveCount(Directory.GetFiles(Sample, "*.txt").Length);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
