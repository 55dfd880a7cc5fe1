using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Extractor.Jobs.Extract;
using Extractor.Jobs.Inputs;
using Extractor.Output;
using Extractor.Pipeline;
using Extractor.Scraping.Crawling;
using Extractor.Scraping.Sources;
using Extractor.Storage.Sinks;

namespace Extractor.Jobs.Run;

/// <summary>The main job: every source through the pipeline into one output folder, streaming, in parallel, resumable.</summary>
/// <remarks>
/// Records are written in input order to <c>articles.jsonl</c> (and the store). Every
/// <see cref="RunOptions.CheckpointInterval"/> the output is flushed to disk and then a checkpoint records how many
/// work items and bytes it holds. Started again on the same folder after a crash or Ctrl-C, the run truncates the
/// JSON Lines file to the checkpoint, skips the items already done and goes on, so the finished output is
/// byte-identical to an uninterrupted run.
/// </remarks>
public sealed class RunJob(RunOptions options, ArticlePipeline? pipeline = null)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>Messages about phases other than extraction (the crawl of start URLs), for the log.</summary>
    public event Action<string>? Message;

    /// <summary>The sources this run reads, after defaults (the bundled sample when none were given).</summary>
    /// <exception cref="RunSourceException">No source was given and the sample is missing.</exception>
    /// <exception cref="InputNotFoundException">A path does not exist.</exception>
    public IReadOnlyList<string> ResolveSources()
    {
        var sources = options.Sources;
        if (sources.Count == 0)
        {
            var sample = SampleCorpus.Find()
                ?? throw new RunSourceException($"no source given and the bundled sample ({SampleCorpus.RelativePath}) was not found");
            sources = [sample];
        }

        foreach (var source in sources)
        {
            if (!IsStartUrl(source) && !File.Exists(source) && !Directory.Exists(source))
            {
                throw new InputNotFoundException(source);
            }
        }

        return sources;
    }

    /// <summary>True for an http(s) address: a start URL to crawl rather than a path.</summary>
    public static bool IsStartUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <exception cref="RunSourceException">A source or the output folder cannot be used.</exception>
    /// <exception cref="InputNotFoundException">A path does not exist.</exception>
    public async Task<RunSummary> RunAsync(IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var sources = ResolveSources();
        var folder = options.OutputDirectory;
        if (File.Exists(folder))
        {
            throw new RunSourceException($"--out {folder} is a file, not a folder");
        }

        Directory.CreateDirectory(folder);
        var articlesPath = Path.Combine(folder, RunOptions.ArticlesFileName);
        var checkpointPath = Path.Combine(folder, RunOptions.CheckpointFileName);
        var signature = Signature(sources);

        var checkpoint = options.Fresh ? null : RunCheckpoint.Load(checkpointPath);
        if (checkpoint is not null && checkpoint.Signature != signature)
        {
            throw new RunSourceException(
                $"{folder} holds a run of other sources or options; run with --fresh to replace it, or choose another folder");
        }

        if (checkpoint is null && !options.Fresh && File.Exists(articlesPath) && new FileInfo(articlesPath).Length > 0)
        {
            throw new RunSourceException(
                $"{articlesPath} exists but was not written by a run; run with --fresh to replace it, or choose another folder");
        }

        // Start URLs are crawled into the folder first (resumably); their WARC files then take the URLs' place.
        // Once extraction has begun (a checkpoint exists) the crawl is not repeated, so a resumed run reads the same archive.
        var urls = sources.Where(IsStartUrl).ToList();
        var crawlFolder = Path.Combine(folder, RunOptions.CrawlFolderName);
        if (urls.Count > 0 && checkpoint is null)
        {
            await CrawlAsync(urls, crawlFolder, cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                return Summarize(new RunCheckpoint { Signature = signature }, watch.Elapsed, interrupted: true, 0, [], 0);
            }
        }

        var paths = sources.Where(s => !IsStartUrl(s)).ToList();
        var warcFolder = Path.Combine(crawlFolder, Crawler.WarcFolderName);
        if (urls.Count > 0 && Directory.Exists(warcFolder))
        {
            paths.Add(warcFolder);
        }

        var enumerator = new InputEnumerator();
        var inputs = enumerator.Enumerate(paths);
        if (checkpoint is { Complete: true })
        {
            return Summarize(checkpoint, watch.Elapsed, interrupted: false, resumedFrom: checkpoint.Items, [], enumerator.Skipped) with
            {
                AlreadyComplete = true,
            };
        }

        var resumedFrom = checkpoint?.Items ?? 0;
        var storePath = Path.Combine(folder, RunOptions.StoreFileName);
        if (checkpoint is null)
        {
            // A new run: nothing of an earlier one may leak into the store.
            DeleteStore(storePath);
            checkpoint = new RunCheckpoint { Signature = signature };
            checkpoint.Save(checkpointPath);
        }

        // The store indexes idempotently (the same record again changes nothing), so records written after the
        // last checkpoint and written again on resume are not duplicated.
        await using var store = options.WriteStore ? new SqliteRecordSink(storePath) : null;
        var sinkList = new List<IRecordSink>(options.ExtraSinks);
        if (store is not null)
        {
            sinkList.Insert(0, store);
        }
        foreach (var sink in sinkList.OfType<IResumableSink>())
        {
            await sink.RewindAsync(checkpoint.Articles, cancellationToken).ConfigureAwait(false);
        }

        var sinks = new SafeSinks(sinkList);
        var total = CountTotal(inputs);
        var job = new ExtractJob(
            new ExtractOptions
            {
                Paths = paths,
                Format = options.Format,
                Jobs = options.Jobs,
                Extractors = options.Extractors,
                DocumentTimeout = options.DocumentTimeout,
            },
            pipeline);

        var state = checkpoint;
        await using (var output = new FileStream(articlesPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 1 << 16))
        {
            output.SetLength(state.Bytes);
            output.Position = state.Bytes;
            var lastCheckpoint = Stopwatch.GetTimestamp();
            var lastProgress = 0L;
            long items = state.Items, articles = state.Articles, officials = state.Officials, figures = state.Figures,
                events = state.Events, errors = state.Errors;
            var timedOut = state.TimedOut;

            await foreach (var outcome in job.Process(inputs, cancellationToken, skip: resumedFrom).ConfigureAwait(false))
            {
                foreach (var record in outcome.Records)
                {
                    // Straight to UTF-8: the same bytes as the record's JSON string, without building the string.
                    await output.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(record, JsonLines.Options), CancellationToken.None).ConfigureAwait(false);
                    output.WriteByte((byte)'\n');
                    await sinks.WriteAsync(record, CancellationToken.None).ConfigureAwait(false);
                    articles++;
                    officials += record.Officials.Count;
                    figures += record.Figures.Count;
                    events += record.Events.Count;
                    if (record.Errors.Count > 0)
                    {
                        errors++;
                    }
                }

                items++;
                if (outcome.TimedOut)
                {
                    timedOut++;
                }

                var now = Stopwatch.GetTimestamp();
                if (Stopwatch.GetElapsedTime(lastCheckpoint, now) >= options.CheckpointInterval)
                {
                    state = await CheckpointAsync(output, sinks, checkpointPath, state with
                    {
                        Items = items, Articles = articles, Officials = officials, Figures = figures, Events = events,
                        Errors = errors, TimedOut = timedOut,
                    }).ConfigureAwait(false);
                    lastCheckpoint = now;
                }

                if (progress is not null && Stopwatch.GetElapsedTime(lastProgress, now) >= ProgressEvery)
                {
                    lastProgress = now;
                    progress.Report(Progress(items, total, errors, resumedFrom, watch.Elapsed));
                }
            }

            state = await CheckpointAsync(output, sinks, checkpointPath, state with
            {
                Items = items, Articles = articles, Officials = officials, Figures = figures, Events = events,
                Errors = errors, TimedOut = timedOut, Complete = !cancellationToken.IsCancellationRequested,
            }).ConfigureAwait(false);
            progress?.Report(Progress(items, total, errors, resumedFrom, watch.Elapsed));
        }

        return Summarize(state, watch.Elapsed, !state.Complete, resumedFrom, sinks.Failures, enumerator.Skipped);
    }

    private async Task CrawlAsync(IReadOnlyList<string> urls, string crawlFolder, CancellationToken cancellationToken)
    {
        CrawlTargets targets;
        try
        {
            targets = CrawlTargets.Resolve(urls, [], null, SourceRegistry.Default);
        }
        catch (ArgumentException ex)
        {
            throw new RunSourceException(ex.Message);
        }

        var crawler = new Crawler(new CrawlOptions
        {
            StartUrls = targets.StartUrls,
            ExtraHosts = targets.ExtraHosts,
            Province = targets.Province,
            OutputFolder = crawlFolder,
            MaxPages = options.CrawlMaxPages,
            ProgressInterval = TimeSpan.FromSeconds(10),
        });
        crawler.Progress += p => Message?.Invoke($"crawl: {p.Fetched:N0} fetched, {p.Archived:N0} archived, {p.Queued:N0} queued, {p.Errors:N0} errors");
        Message?.Invoke($"crawl: {string.Join(' ', targets.StartUrls)} → {crawlFolder}");
        try
        {
            var summary = await crawler.RunAsync(cancellationToken).ConfigureAwait(false);
            Message?.Invoke($"crawl: done, {summary.Archived:N0} pages archived, {summary.Failed:N0} failed, {summary.Disallowed:N0} refused by robots.txt");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Message?.Invoke("crawl: stopped; run the same command again to go on");
        }
    }

    private static void DeleteStore(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    private static async Task<RunCheckpoint> CheckpointAsync(FileStream output, SafeSinks sinks, string path, RunCheckpoint next)
    {
        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        output.Flush(flushToDisk: true);
        await sinks.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        var saved = next with { Bytes = output.Position };
        saved.Save(path);
        return saved;
    }

    private static RunProgress Progress(long items, long? total, long errors, long resumedFrom, TimeSpan elapsed) =>
        new(items, total, errors, elapsed.TotalSeconds > 0 ? (items - resumedFrom) / elapsed.TotalSeconds : 0, elapsed);

    private RunSummary Summarize(RunCheckpoint state, TimeSpan elapsed, bool interrupted, long resumedFrom, IReadOnlyList<string> sinkErrors, int skipped) =>
        new(state.Items, state.Articles, state.Officials, state.Figures, state.Events, state.Errors, elapsed, interrupted, resumedFrom)
        {
            OutputDirectory = options.OutputDirectory,
            Skipped = skipped,
            TimedOut = state.TimedOut,
            SinkErrors = sinkErrors,
        };

    private static long? CountTotal(IReadOnlyList<InputFile> inputs)
    {
        long total = 0;
        foreach (var input in inputs)
        {
            if (WorkPlanner.CountItems(input) is not { } count)
            {
                return null;
            }

            total += count;
        }

        return total;
    }

    /// <summary>What makes two runs the same run: the sources as full paths and every option that changes the output.</summary>
    private string Signature(IReadOnlyList<string> sources)
    {
        var text = new StringBuilder("extractor-run/1\n");
        text.Append(options.Format).Append('\n').Append(options.Extractors).Append('\n');
        foreach (var source in sources)
        {
            text.Append(Path.GetFullPath(source)).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
