using System.Diagnostics;
using Extractor.Jobs.Extract;
using Extractor.Jobs.Run;
using Extractor.Output;
using Extractor.Pipeline;

namespace Extractor.Jobs.Tests.Hostile;

/// <summary>Issue 10 item 1: every hostile input gives a record (an error or a best effort) and the run goes on.</summary>
public sealed class HostileInputTests
{
    private static readonly Lazy<ArticlePipeline> Standard = new(() => PipelineFactory.Create());

    public static TheoryData<string> SmallCases()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _, _) in HostileInputs.Small())
        {
            data.Add(name);
        }

        return data;
    }

    private static Task<List<ArticleRecord>> ExtractAsync(string folder, TimeSpan? timeout = null) => ExtractAsync([folder], timeout);

    private static async Task<List<ArticleRecord>> ExtractAsync(IReadOnlyList<string> paths, TimeSpan? timeout = null)
    {
        var output = new StringWriter();
        await new ExtractJob(
            new ExtractOptions { Paths = paths, Jobs = 2, DocumentTimeout = timeout ?? TimeSpan.FromSeconds(20) },
            Standard.Value).RunAsync(output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonLines.Deserialize(l)!).ToList();
    }

    private static void ShouldBeAnswered(ArticleRecord record, string? expect)
    {
        RecordInvariants.Violations(record).Should().BeEmpty();
        if (expect is not null)
        {
            record.Errors.Should().Contain(e => e.Contains(expect, StringComparison.OrdinalIgnoreCase));
        }
        else
        {
            (record.Errors.Count > 0 || record.Text.Trim().Length > 0).Should().BeTrue("a record carries either a result or an error");
        }

        record.Errors.Where(e => e.Length <= 10).Should().BeEmpty("an error says what went wrong");
    }

    [Theory]
    [MemberData(nameof(SmallCases))]
    public async Task Gives_a_record_for_a_hostile_input_between_two_good_articles_and_goes_on(string name)
    {
        using var folder = new TempFolder();
        var (_, bytes, expect) = HostileInputs.Small().Single(c => c.Name == name);
        folder.Write("in/a.txt", HostileInputs.Vietnamese);
        var hostile = folder.Write("in/b-" + name, bytes());
        folder.Write("in/c.txt", HostileInputs.Vietnamese);

        // Folders are walked for article files only, so a JSON Lines file is named explicitly, between the others.
        var records = await ExtractAsync(name.EndsWith(".jsonl", StringComparison.Ordinal)
            ? [folder.File("in/a.txt"), hostile, folder.File("in/c.txt")]
            : [folder.File("in")]);

        records.Should().HaveCountGreaterThanOrEqualTo(3);
        records[0].SourceFile.Should().EndWith("a.txt");
        records[^1].SourceFile.Should().EndWith("c.txt");
        records[0].Errors.Should().BeEmpty();
        records[^1].Errors.Should().BeEmpty();
        records[1..^1].Should().OnlyContain(r => r.SourceFile.Contains("b-" + name, StringComparison.Ordinal));
        foreach (var record in records[1..^1])
        {
            ShouldBeAnswered(record, expect);
        }
    }

    [Theory]
    [InlineData("utf16-bom.txt")]
    [InlineData("utf16-no-bom.txt")]
    [InlineData("utf16be-bom.html")]
    [InlineData("windows-1258.txt")]
    [InlineData("nfd.txt")]
    public async Task Reads_other_encodings_of_vietnamese_into_the_same_composed_text(string name)
    {
        using var folder = new TempFolder();
        folder.Write("in/" + name, HostileInputs.Small().Single(c => c.Name == name).Bytes());

        var record = (await ExtractAsync(folder.File("in"))).Single();

        record.Text.Should().Contain("Đảng ủy Khối tổ chức hội nghị");
    }

    [Fact]
    public async Task Keeps_the_vietnamese_text_of_utf8_with_a_few_bad_bytes()
    {
        using var folder = new TempFolder();
        folder.Write("in/invalid-utf8.txt", HostileInputs.Small().Single(c => c.Name == "invalid-utf8.txt").Bytes());

        var record = (await ExtractAsync(folder.File("in"))).Single();

        record.Text.Should().Contain("Đảng ủy Khối tổ chức hội nghị", "four bad bytes must not turn the whole text into mojibake");
        record.Errors.Should().ContainSingle();
    }

    [Fact]
    public async Task Reads_a_page_nested_a_hundred_thousand_elements_deep()
    {
        using var folder = new TempFolder();
        folder.Write("in/nested.html", HostileInputs.Nested(100_000));
        var watch = Stopwatch.StartNew();

        var record = (await ExtractAsync(folder.File("in"))).Single();

        ShouldBeAnswered(record, null);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Reads_a_two_megabyte_single_line_within_the_time_limit()
    {
        using var folder = new TempFolder();
        folder.Write("in/line.txt", HostileInputs.SingleLine(2 << 20));
        var watch = Stopwatch.StartNew();

        var record = (await ExtractAsync(folder.File("in"), TimeSpan.FromSeconds(10))).Single();

        ShouldBeAnswered(record, null);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(40));
    }

    [Fact]
    public async Task Reads_a_fifty_megabyte_page_into_a_record_within_the_time_limit()
    {
        using var folder = new TempFolder();
        folder.Write("in/huge.html", HostileInputs.HugePage(50 << 20));
        folder.Write("in/z.txt", HostileInputs.Vietnamese);
        var watch = Stopwatch.StartNew();

        var records = await ExtractAsync(folder.File("in"), TimeSpan.FromSeconds(10));

        records.Should().HaveCount(2);
        ShouldBeAnswered(records[0], null);
        records[1].Errors.Should().BeEmpty();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task Runs_the_whole_battery_in_one_run_with_a_record_for_every_input()
    {
        using var folder = new TempFolder();
        var cases = HostileInputs.Small().ToList();
        foreach (var (name, bytes, _) in cases)
        {
            folder.Write("in/" + name, bytes());
        }

        folder.Write("in/nested.html", HostileInputs.Nested(20_000));
        var summary = await new RunJob(
            new RunOptions { Sources = [folder.File("in"), folder.File("in/garbage.jsonl")], OutputDirectory = folder.File("out"), Jobs = 2, WriteStore = false },
            Standard.Value).RunAsync();

        var records = JsonLines.ReadFile(folder.File("out/articles.jsonl")).ToList();
        summary.Interrupted.Should().BeFalse();
        foreach (var (name, _, expect) in cases)
        {
            var mine = records.Where(r => r.SourceFile.Contains(name, StringComparison.Ordinal)).ToList();
            mine.Should().NotBeEmpty($"{name} must give a record");
            mine.ForEach(r => ShouldBeAnswered(r, expect));
        }
    }
}
