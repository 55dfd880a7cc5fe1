using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using AngleSharp.Html.Parser;
using Extractor.Jobs.Inputs;
using Extractor.Output;
using Extractor.Pipeline;

namespace Extractor.Jobs.Run;

/// <summary>Times the whole pipeline over a generated archive against the AngleSharp parse-only bound measured in the same run.</summary>
/// <remarks>
/// Order of a run: generate the archive from <c>corpus/</c>; warm up (JIT, lexicons) on a few hundred pages, so the
/// timed passes measure the steady state an archive run spends its time in rather than tiered compilation; time parse-only
/// (read, decode, parse each page; nothing else) on the same workers; time <see cref="RunJob"/> over the HTML
/// pages and then over the text articles, sampling resident memory while it runs.
/// </remarks>
public sealed class BenchJob(BenchOptions options)
{
    /// <summary>Pages run before timing: enough for the runtime's tiered compiler to have optimised the hot code (it
    /// recompiles a method after some 30 calls plus a delay, later still on a busy machine).</summary>
    private const int WarmUpPages = 100;

    /// <summary>Text articles run before timing; they are cheap, so more of them.</summary>
    private const int WarmUpTexts = 400;

    /// <summary>Pages the per-stage profile times.</summary>
    public const int ProfilePages = 1000;

    public async Task<BenchReport> RunAsync(IProgress<string>? log = null, CancellationToken cancellationToken = default)
    {
        var corpus = options.CorpusDirectory ?? FindCorpus()
            ?? throw new RunSourceException("corpus/ not found above the working folder or the program; pass --corpus DIR");
        var temporary = options.WorkDirectory is null;
        var work = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "extractor-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var jobs = Math.Max(1, options.Jobs);
        var workers = Math.Min(jobs, Environment.ProcessorCount);
        try
        {
            var archive = new BenchArchive(corpus, options.Seed);
            log?.Report($"bench: building the pipeline ({options.Extractors})");
            var pipeline = PipelineFactory.Create(options.Extractors);
            var report = new BenchReport { Jobs = jobs, Cores = Environment.ProcessorCount, Machine = DescribeMachine() };
            using var memory = new MemorySampler();

            if (options.HtmlPages > 0 || options.HtmlDirectory is not null)
            {
                string folder;
                int count;
                long bytes;
                if (options.HtmlDirectory is { } given)
                {
                    folder = Path.Combine(work, "html");
                    (count, bytes) = CopyPages(given, folder, "*.htm*");
                    log?.Report($"bench: {count:N0} HTML pages from {given} ({bytes / 1048576.0:0.0} MB)");
                }
                else
                {
                    log?.Report($"bench: writing {options.HtmlPages:N0} HTML pages of ~{options.PageBytes / 1024} KB");
                    folder = Path.Combine(work, "html");
                    count = options.HtmlPages;
                    bytes = archive.WriteHtml(folder, count, options.PageBytes);
                }

                archive.WriteHtml(Path.Combine(work, "warm-html"), WarmUpPages, options.PageBytes);
                await TimeRunAsync("warm-up", Path.Combine(work, "warm-html"), Path.Combine(work, "out-warm-html"), pipeline, 0, 0, workers, null, cancellationToken).ConfigureAwait(false);
                ParseOnly(Path.Combine(work, "warm-html"), jobs, cancellationToken);

                log?.Report("bench: parse-only (read, decode, AngleSharp parse)");
                Settle();
                report = report with { ParseOnly = ParseOnly(folder, jobs, cancellationToken) with { Workers = workers } };
                log?.Report($"bench: html → facts over {count:N0} pages");
                Settle();
                memory.Reset();
                var html = await TimeRunAsync("html → facts", folder, Path.Combine(work, "out-html"), pipeline, count, bytes, workers, memory, cancellationToken).ConfigureAwait(false);
                report = report with { Html = html, PeakPipelineBytes = Math.Max(report.PeakPipelineBytes, memory.Peak) };
                report = report with { Stages = [.. report.Stages, .. Profile("html", folder, pipeline, cancellationToken)] };
            }

            if (options.TextArticles > 0 || options.TextDirectory is not null)
            {
                var folder = Path.Combine(work, "text");
                int count;
                long words;
                if (options.TextDirectory is { } given)
                {
                    (count, _) = CopyPages(given, folder, "*.txt");
                    words = Directory.EnumerateFiles(folder).Sum(f => (long)BenchArchive.CountWords(File.ReadAllText(f)));
                    log?.Report($"bench: {count:N0} text articles from {given} ({words:N0} words)");
                }
                else
                {
                    log?.Report($"bench: writing {options.TextArticles:N0} text articles of ~{options.ArticleWords} words");
                    count = options.TextArticles;
                    words = archive.WriteText(folder, count, options.ArticleWords);
                }

                archive.WriteText(Path.Combine(work, "warm-text"), WarmUpTexts, options.ArticleWords);
                await TimeRunAsync("warm-up", Path.Combine(work, "warm-text"), Path.Combine(work, "out-warm-text"), pipeline, 0, 0, workers, null, cancellationToken).ConfigureAwait(false);
                var bytes = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
                log?.Report($"bench: text → facts over {count:N0} articles");
                Settle();
                memory.Reset();
                var text = await TimeRunAsync("text → facts", folder, Path.Combine(work, "out-text"), pipeline, count, bytes, workers, memory, cancellationToken).ConfigureAwait(false);
                report = report with { Text = text with { Words = words }, PeakPipelineBytes = Math.Max(report.PeakPipelineBytes, memory.Peak) };
                report = report with { Stages = [.. report.Stages, .. Profile("text", folder, pipeline, cancellationToken)] };
            }

            using var self = Process.GetCurrentProcess();
            return report with { PeakProcessBytes = self.PeakWorkingSet64 };
        }
        finally
        {
            if (temporary)
            {
                try
                {
                    Directory.Delete(work, recursive: true);
                }
                catch (IOException)
                {
                    // Left for the OS to clean; the figures are what matter.
                }
            }
        }
    }

    private async Task<BenchMeasurement> TimeRunAsync(
        string name, string source, string output, ArticlePipeline pipeline, int pages, long bytes, int workers, MemorySampler? memory, CancellationToken cancellationToken)
    {
        var run = new RunJob(
            new RunOptions
            {
                Sources = [source],
                OutputDirectory = output,
                Jobs = options.Jobs,
                Extractors = options.Extractors,
                Fresh = true,
                WriteStore = options.WriteStore,
                CheckpointInterval = TimeSpan.FromSeconds(5),
            },
            pipeline);
        var cpu = CpuNow();
        var watch = Stopwatch.StartNew();
        memory?.Start();
        await run.RunAsync(null, cancellationToken).ConfigureAwait(false);
        memory?.Stop();
        var elapsed = watch.Elapsed;
        var cpuTime = CpuNow() - cpu;

        // Words of the article text the pipeline found, so HTML pages count their content, not their markup.
        long words = 0;
        foreach (var record in JsonLines.ReadFile(Path.Combine(output, RunOptions.ArticlesFileName)))
        {
            words += BenchArchive.CountWords(record.Text);
        }

        return new BenchMeasurement(name, pages, bytes, words, elapsed, workers) { CpuTime = cpuTime };
    }

    private static TimeSpan CpuNow()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static BenchMeasurement ParseOnly(string folder, int jobs, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToArray();
        var parser = new HtmlParser();
        long bytes = 0, nodes = 0;
        var cpu = CpuNow();
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken },
            file =>
            {
                var raw = File.ReadAllBytes(file);
                var document = parser.ParseDocument(Encoding.UTF8.GetString(raw));
                Interlocked.Add(ref bytes, raw.Length);
                Interlocked.Add(ref nodes, document.All.Length);
            });
        return new BenchMeasurement("parse-only", files.Length, bytes, 0, watch.Elapsed, Math.Min(jobs, Environment.ProcessorCount))
        {
            CpuTime = CpuNow() - cpu,
        };
    }

    /// <summary>Times reading and each stage on one thread over up to <see cref="ProfilePages"/> pages.</summary>
    private static List<StageTime> Profile(string pass, string folder, ArticlePipeline pipeline, CancellationToken cancellationToken)
    {
        var reader = new ArticleReader();
        var steps = new List<string> { "read" };
        steps.AddRange(pipeline.Stages.Select(s => s.Name));
        var ticks = new long[steps.Count];
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Take(ProfilePages).ToList();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            var documents = reader.Read(new InputFile(file, file)).ToList();
            ticks[0] += Stopwatch.GetTimestamp() - started;
            foreach (var document in documents)
            {
                var current = document;
                for (var i = 0; i < pipeline.Stages.Length; i++)
                {
                    started = Stopwatch.GetTimestamp();
                    try
                    {
                        current = pipeline.Stages[i].Process(current, cancellationToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // A failing stage costs what it cost; the pipeline would record it and go on.
                    }

                    ticks[i + 1] += Stopwatch.GetTimestamp() - started;
                }
            }
        }

        var total = Math.Max(1, ticks.Sum());
        return [.. steps.Select((step, i) => new StageTime(
            pass, step, ticks[i] * 1000.0 / Stopwatch.Frequency / Math.Max(1, files.Count), (double)ticks[i] / total))];
    }

    /// <summary>Copies an outside set into the work folder (flat, in name order) so it is read like a generated one.</summary>
    private static (int Count, long Bytes) CopyPages(string from, string to, string pattern)
    {
        if (!Directory.Exists(from))
        {
            throw new RunSourceException($"no such folder: {from}");
        }

        Directory.CreateDirectory(to);
        int count = 0;
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(to, $"{count:D6}{Path.GetExtension(file)}");
            File.Copy(file, target);
            bytes += new FileInfo(target).Length;
            count++;
        }

        return (count, bytes);
    }

    private static void Settle()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static string? FindCorpus()
    {
        var sample = SampleCorpus.Find();
        return sample is null ? null : Path.GetDirectoryName(Path.GetFullPath(sample));
    }

    private static string DescribeMachine()
    {
        var cpu = "unknown processor";
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
            }
        }
        catch (IOException)
        {
            // Keep "unknown processor".
        }

        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{cpu}, {Environment.ProcessorCount} cores, {memory:0} GB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }
}
