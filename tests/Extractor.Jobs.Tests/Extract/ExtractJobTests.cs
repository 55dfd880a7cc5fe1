using System.Diagnostics;
using Extractor.Documents;
using Extractor.Jobs.Extract;
using Extractor.Output;

namespace Extractor.Jobs.Tests.Extract;

public sealed class ExtractJobTests
{
    private static List<string> WriteArticles(TempFolder folder, int count)
    {
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            paths.Add(folder.Write($"in/a{i:D4}.txt", $"Bài số {i}: Sáng 2-7, hội nghị có {i} đảng viên tham dự."));
        }

        return paths;
    }

    private static async Task<List<ArticleRecord>> ExtractAsync(ExtractOptions options, Extractor.Pipeline.ArticlePipeline pipeline)
    {
        var output = new StringWriter();
        await new ExtractJob(options, pipeline).RunAsync(output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonLines.Deserialize(l)!).ToList();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public async Task Writes_records_in_input_order_whatever_the_number_of_workers(int jobs)
    {
        using var folder = new TempFolder();
        WriteArticles(folder, 60);
        var random = new Random(jobs);
        var delays = Enumerable.Range(0, 60).Select(_ => random.Next(0, 8)).ToArray();
        var pipeline = DelegateStage.Pipeline((doc, _) =>
        {
            var n = int.Parse(doc.Text.Split(' ')[2].TrimEnd(':'), System.Globalization.CultureInfo.InvariantCulture);
            Thread.Sleep(delays[n]);
            return doc;
        });

        var records = await ExtractAsync(new ExtractOptions { Paths = [folder.File("in")], Jobs = jobs }, pipeline);

        records.Select(r => Path.GetFileName(r.SourceFile)).Should().Equal(Enumerable.Range(0, 60).Select(i => $"a{i:D4}.txt"));
        records.Should().OnlyContain(r => r.Errors.Count == 0);
    }

    [Fact]
    public async Task Gives_up_a_document_whose_stage_never_returns_and_goes_on_with_the_rest()
    {
        using var folder = new TempFolder();
        WriteArticles(folder, 6);
        using var release = new ManualResetEventSlim();
        var pipeline = DelegateStage.Pipeline((doc, _) =>
        {
            if (doc.Text.Contains("số 2:", StringComparison.Ordinal))
            {
                release.Wait(TimeSpan.FromSeconds(60)); // ignores cancellation, like a runaway regex
            }

            return doc;
        });
        var watch = Stopwatch.StartNew();

        var records = await ExtractAsync(
            new ExtractOptions { Paths = [folder.File("in")], Jobs = 2, DocumentTimeout = TimeSpan.FromMilliseconds(200) }, pipeline);
        release.Set();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
        records.Should().HaveCount(6);
        records[2].Errors.Should().ContainSingle().Which.Should().Contain("gave up after");
        records.Where((_, i) => i != 2).Should().OnlyContain(r => r.Errors.Count == 0);
    }

    [Fact]
    public async Task Gives_up_a_document_whose_stage_honours_cancellation_keeping_what_was_read()
    {
        using var folder = new TempFolder();
        WriteArticles(folder, 3);
        var pipeline = DelegateStage.Pipeline((doc, token) =>
        {
            while (doc.Text.Contains("số 1:", StringComparison.Ordinal))
            {
                token.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }

            return doc;
        });

        var records = await ExtractAsync(
            new ExtractOptions { Paths = [folder.File("in")], Jobs = 2, DocumentTimeout = TimeSpan.FromMilliseconds(100) }, pipeline);

        records[1].Errors.Should().ContainSingle().Which.Should().Contain("gave up after");
        records[1].Text.Should().Contain("Bài số 1");
        records[0].Errors.Should().BeEmpty();
        records[2].Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Survives_a_stage_that_recurses_a_hundred_thousand_levels_deep()
    {
        using var folder = new TempFolder();
        WriteArticles(folder, 2);
        var pipeline = DelegateStage.Pipeline((doc, _) => Depth(100_000) == 100_000 ? doc : doc.WithError("wrong depth"));

        var records = await ExtractAsync(new ExtractOptions { Paths = [folder.File("in")], Jobs = 2 }, pipeline);

        records.Should().HaveCount(2).And.OnlyContain(r => r.Errors.Count == 0);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int Depth(int n) => n == 0 ? 0 : 1 + Depth(n - 1);

    [Fact]
    public async Task Records_a_throwing_stage_as_an_error_and_keeps_the_text()
    {
        using var folder = new TempFolder();
        WriteArticles(folder, 2);
        var pipeline = DelegateStage.Pipeline((doc, _) => throw new InvalidOperationException("boom"));

        var records = await ExtractAsync(new ExtractOptions { Paths = [folder.File("in")], Jobs = 1 }, pipeline);

        records.Should().HaveCount(2).And.OnlyContain(r => r.Errors.Single().Contains("boom") && r.Text.Length > 0);
    }

    [Fact]
    public async Task Cuts_text_past_the_length_limit_with_an_error_entry()
    {
        using var folder = new TempFolder();
        folder.Write("in/long.txt", new string('a', 5000) + "😀" + new string('b', 100));
        var pipeline = DelegateStage.Pipeline((doc, _) => doc);

        var records = await ExtractAsync(new ExtractOptions { Paths = [folder.File("in")], MaxTextLength = 5001 }, pipeline);

        records.Single().Text.Should().HaveLength(5000, "a surrogate pair is never split");
        records.Single().Errors.Should().ContainSingle().Which.Should().Contain("text cut");
    }

    [Fact]
    public async Task Keeps_writing_the_output_and_other_sinks_when_one_sink_fails()
    {
        using var folder = new TempFolder();
        WriteArticles(folder, 30);
        var good = new CollectingSink("good");
        var bad = new CollectingSink("bad") { FailAfter = 2 };
        var output = new StringWriter();

        var summary = await new ExtractJob(
            new ExtractOptions { Paths = [folder.File("in")], ExtraSinks = [bad, good] },
            DelegateStage.Pipeline((doc, _) => doc)).RunAsync(output);

        good.Records.Should().HaveCount(30);
        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(30);
        summary.SinkErrors.Should().HaveCount(21).And.OnlyContain(e => e.StartsWith("sink bad: ", StringComparison.Ordinal));
        summary.SinkErrors[^1].Should().Contain("switched off after 20 failures");
    }

    [Fact]
    public async Task Reads_a_json_lines_file_of_earlier_output_back_into_the_same_records()
    {
        using var folder = new TempFolder();
        WriteArticles(folder, 4);
        var pipeline = DelegateStage.Pipeline((doc, _) => doc with { Title = doc.Text[..9] });
        var first = await ExtractAsync(new ExtractOptions { Paths = [folder.File("in")] }, pipeline);
        folder.Write("earlier.jsonl", string.Join("\n\n", first.Select(JsonLines.Serialize)) + "\n");

        var again = await ExtractAsync(new ExtractOptions { Paths = [folder.File("earlier.jsonl")] }, pipeline);

        again.Select(JsonLines.Serialize).Should().Equal(first.Select(JsonLines.Serialize));
    }

    [Fact]
    public async Task Gives_an_error_record_for_a_json_lines_line_that_is_not_a_record()
    {
        using var folder = new TempFolder();
        folder.Write("bad.jsonl", "{\"source_file\":\"x\",\"text\":\"ok\"}\nnot json at all\n");

        var records = await ExtractAsync(new ExtractOptions { Paths = [folder.File("bad.jsonl")] }, DelegateStage.Pipeline((doc, _) => doc));

        records.Should().HaveCount(2);
        records[0].Errors.Should().BeEmpty();
        records[1].Errors.Should().ContainSingle().Which.Should().Contain("bad.jsonl:2").And.Contain("not an article record");
    }
}
