using System.Text.Json;
using Extractor.Jobs.Inputs;
using Extractor.Jobs.Run;
using Extractor.Jobs.Tests.Extract;
using Extractor.Output;
using Extractor.Pipeline;

namespace Extractor.Jobs.Tests.Run;

public sealed class RunJobTests
{
    private static string WriteArticles(TempFolder folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            folder.Write($"in/a{i:D4}.txt", $"Bài số {i}: Sáng 2-7, hội nghị có {i} đảng viên tham dự.\n\nMINH KHÔI");
        }

        return folder.File("in");
    }

    /// <summary>A stage that adds a figure per document, so the summary counts have something to count.</summary>
    private static ArticlePipeline Pipeline(Action<string>? onDocument = null) => DelegateStage.Pipeline((doc, _) =>
    {
        onDocument?.Invoke(doc.Source.SourceFile);
        return doc with
        {
            Figures = [new Facts.Figure("hội nghị", 1, null, null, null, Facts.FigureKind.Count, new Documents.TextSpan(0, 3))],
        };
    });

    private static RunOptions Options(string source, string output) => new()
    {
        Sources = [source],
        OutputDirectory = output,
        Jobs = 2,
        CheckpointInterval = TimeSpan.Zero,
        WriteStore = false,
    };

    [Fact]
    public async Task Writes_every_article_in_input_order_and_counts_them_in_the_summary()
    {
        using var folder = new TempFolder();
        var input = WriteArticles(folder, 25);

        var summary = await new RunJob(Options(input, folder.File("out")), Pipeline()).RunAsync();

        summary.Should().BeEquivalentTo(new { Items = 25L, Articles = 25L, Figures = 25L, Errors = 0L, Interrupted = false, ResumedFrom = 0L });
        var records = JsonLines.ReadFile(folder.File("out/articles.jsonl")).ToList();
        records.Select(r => Path.GetFileName(r.SourceFile)).Should().Equal(Enumerable.Range(0, 25).Select(i => $"a{i:D4}.txt"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(24)]
    public async Task Finishes_an_interrupted_run_with_output_identical_to_an_uninterrupted_one(int stopAfter)
    {
        using var folder = new TempFolder();
        var input = WriteArticles(folder, 30);
        await new RunJob(Options(input, folder.File("whole")), Pipeline()).RunAsync();

        using var stop = new CancellationTokenSource();
        var seen = 0;
        var first = await new RunJob(Options(input, folder.File("split")), Pipeline(_ =>
        {
            if (Interlocked.Increment(ref seen) == stopAfter)
            {
                stop.Cancel();
            }
        })).RunAsync(null, stop.Token);
        var second = await new RunJob(Options(input, folder.File("split")), Pipeline()).RunAsync();

        first.Interrupted.Should().BeTrue();
        first.Items.Should().BeLessThan(30);
        second.Should().BeEquivalentTo(new { Items = 30L, Articles = 30L, Figures = 30L, Interrupted = false, ResumedFrom = first.Items });
        File.ReadAllBytes(folder.File("split/articles.jsonl")).Should().Equal(File.ReadAllBytes(folder.File("whole/articles.jsonl")));
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(3, "{\"source_file\":\"half a li")]
    [InlineData(11, "{\"source_file\":\"in/a0011.txt\"}\n{\"sou")]
    public async Task Discards_output_written_after_the_last_checkpoint_when_restarted_after_a_crash(int checkpointItems, string torn)
    {
        using var folder = new TempFolder();
        var input = WriteArticles(folder, 15);
        var output = folder.File("out");
        await new RunJob(Options(input, output), Pipeline()).RunAsync();
        var whole = File.ReadAllBytes(Path.Combine(output, RunOptions.ArticlesFileName));

        // As if killed: the checkpoint covers the first items; the file holds them and then a torn write.
        var lines = File.ReadAllLines(Path.Combine(output, RunOptions.ArticlesFileName));
        var kept = string.Concat(lines.Take(checkpointItems).Select(l => l + "\n"));
        var bytes = System.Text.Encoding.UTF8.GetByteCount(kept);
        File.WriteAllText(Path.Combine(output, RunOptions.ArticlesFileName), kept + torn);
        var checkpointPath = Path.Combine(output, RunOptions.CheckpointFileName);
        var checkpoint = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(checkpointPath))!;
        checkpoint["Items"] = JsonSerializer.SerializeToElement(checkpointItems);
        checkpoint["Articles"] = JsonSerializer.SerializeToElement(checkpointItems);
        checkpoint["Figures"] = JsonSerializer.SerializeToElement(checkpointItems);
        checkpoint["Bytes"] = JsonSerializer.SerializeToElement(bytes);
        checkpoint["Complete"] = JsonSerializer.SerializeToElement(false);
        File.WriteAllText(checkpointPath, JsonSerializer.Serialize(checkpoint));

        var summary = await new RunJob(Options(input, output), Pipeline()).RunAsync();

        summary.Should().BeEquivalentTo(new { Items = 15L, Articles = 15L, Figures = 15L, ResumedFrom = (long)checkpointItems });
        File.ReadAllBytes(Path.Combine(output, RunOptions.ArticlesFileName)).Should().Equal(whole);
    }

    [Fact]
    public async Task Rewinds_a_resumable_sink_to_the_checkpoint_so_no_record_reaches_it_twice()
    {
        using var folder = new TempFolder();
        var input = WriteArticles(folder, 12);
        var sink = new CollectingSink("store");
        using var stop = new CancellationTokenSource();
        var seen = 0;
        var options = Options(input, folder.File("out")) with { ExtraSinks = [sink] };
        await new RunJob(options, Pipeline(_ =>
        {
            if (Interlocked.Increment(ref seen) == 5)
            {
                stop.Cancel();
            }
        })).RunAsync(null, stop.Token);

        // Records that reached the sink after the checkpoint, as when a kill lands between the sink's flush and the checkpoint.
        sink.Records.Add(new ArticleRecord { SourceFile = "written twice" });
        await new RunJob(options, Pipeline()).RunAsync();

        sink.Records.Select(r => Path.GetFileName(r.SourceFile)).Should().Equal(Enumerable.Range(0, 12).Select(i => $"a{i:D4}.txt"));
    }

    [Fact]
    public async Task Does_nothing_again_for_a_finished_run_of_the_same_sources()
    {
        using var folder = new TempFolder();
        var input = WriteArticles(folder, 4);
        await new RunJob(Options(input, folder.File("out")), Pipeline()).RunAsync();
        var processed = 0;

        var again = await new RunJob(Options(input, folder.File("out")), Pipeline(_ => processed++)).RunAsync();

        again.AlreadyComplete.Should().BeTrue();
        again.Articles.Should().Be(4);
        processed.Should().Be(0);
    }

    [Fact]
    public async Task Refuses_an_output_folder_holding_a_run_of_other_sources_unless_told_to_start_fresh()
    {
        using var folder = new TempFolder();
        var input = WriteArticles(folder, 3);
        var other = folder.Write("other/b.txt", "Một bài khác.");
        await new RunJob(Options(input, folder.File("out")), Pipeline()).RunAsync();

        var refused = () => new RunJob(Options(other, folder.File("out")), Pipeline()).RunAsync();
        await refused.Should().ThrowAsync<RunSourceException>().WithMessage("*other sources*--fresh*");

        var fresh = await new RunJob(Options(other, folder.File("out")) with { Fresh = true }, Pipeline()).RunAsync();
        fresh.Articles.Should().Be(1);
        JsonLines.ReadFile(folder.File("out/articles.jsonl")).Should().ContainSingle();
    }

    [Fact]
    public async Task Refuses_to_overwrite_an_articles_file_that_no_run_wrote()
    {
        using var folder = new TempFolder();
        var input = WriteArticles(folder, 2);
        folder.Write("out/articles.jsonl", "{\"source_file\":\"precious\"}\n");

        var run = () => new RunJob(Options(input, folder.File("out")), Pipeline()).RunAsync();

        await run.Should().ThrowAsync<RunSourceException>().WithMessage("*not written by a run*");
        File.ReadAllText(folder.File("out/articles.jsonl")).Should().Contain("precious");
    }

    [Fact]
    public async Task Names_a_source_path_that_does_not_exist()
    {
        using var folder = new TempFolder();

        var run = () => new RunJob(Options(folder.File("missing"), folder.File("out")), Pipeline()).RunAsync();

        await run.Should().ThrowAsync<InputNotFoundException>().WithMessage("*missing*");
    }

    [Fact]
    public async Task Reports_progress_with_a_known_total_for_files()
    {
        using var folder = new TempFolder();
        var input = WriteArticles(folder, 6);
        var reports = new List<RunProgress>();

        await new RunJob(Options(input, folder.File("out")), Pipeline()).RunAsync(new SynchronousProgress(reports.Add));

        reports.Should().NotBeEmpty();
        reports[^1].Should().BeEquivalentTo(new { Done = 6L, Total = 6L });
    }

    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
