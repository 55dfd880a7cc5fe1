using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Extractor.Scraping.Discovery;
using Extractor.Scraping.Fetching;
using Extractor.Scraping.Politeness;
using Extractor.Scraping.Urls;
using Extractor.Scraping.Warc;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Extractor.Scraping.Crawling;

/// <summary>Crawls news sites politely into WARC archives, resumably: robots.txt obeyed, one request at a time per host, retries with backoff, everything remembered in the crawl folder.</summary>
/// <remarks>
/// The frontier and visited set live in <c>crawl.db</c> inside the folder and the pages in <c>warc/*.warc.gz</c>.
/// Records are written before the database settles them; on start, records past a file's committed length (a
/// killed run) are read back and settled without fetching again, and a torn last record is cut off. Running the
/// same crawl on a finished folder asks hub pages again with conditional GETs and fetches only what is new or
/// changed. UI-free: progress comes out as events.
/// </remarks>
public sealed class Crawler
{
    public const string DatabaseFileName = "crawl.db";
    public const string WarcFolderName = "warc";

    /// <summary>How much of a robots.txt is read (RFC 9309 asks crawlers to read at least 500 KiB; Google reads that much).</summary>
    public const int MaxRobotsBytes = 500 * 1024;

    private readonly CrawlOptions _options;
    private readonly IFetcher _fetcher;
    private readonly TimeProvider _time;
    private readonly PageAnalyzer _analyzer;
    private readonly Dictionary<string, PageAnalyzer> _hostAnalyzers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _warcLock = new();
    private readonly Dictionary<string, HostState> _hosts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scope = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _privateStartHosts = new(StringComparer.OrdinalIgnoreCase);
    private CrawlDatabase? _db;
    private WarcWriter? _warc;
    private int _requests;
    private int _archived;
    private int _notModified;
    private int _duplicates;
    private int _disallowed;
    private int _skipped;
    private int _failed;
    private int _recovered;
    private int _stopRequested;

    public Crawler(CrawlOptions options, IFetcher? fetcher = null, TimeProvider? time = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _fetcher = fetcher ?? new HttpFetcher(options.Fetcher, _time);
        _analyzer = new PageAnalyzer(options.Profile);
        foreach (var (host, profile) in options.HostProfiles)
        {
            _hostAnalyzers[BareHost(host)] = new PageAnalyzer(profile);
        }
    }

    /// <summary>The analyzer of the site an address belongs to: its family's profile, else the crawl's profile, else generic.</summary>
    private PageAnalyzer AnalyzerFor(Uri url) =>
        _hostAnalyzers.Count > 0 && _hostAnalyzers.TryGetValue(BareHost(url.Host), out var own) ? own : _analyzer;

    private static string BareHost(string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        foreach (var prefix in new[] { "www.", "m." })
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Count(c => c == '.') > 1)
            {
                return host[prefix.Length..];
            }
        }

        return host;
    }

    /// <summary>Raised for each page fetched, refused, skipped, failed or retried (on the crawling thread; keep handlers quick).</summary>
    public event Action<CrawlEvent>? Event;

    /// <summary>Raised every <see cref="CrawlOptions.ProgressInterval"/> with a snapshot.</summary>
    public event Action<CrawlProgress>? Progress;

    /// <summary>Runs the crawl until the frontier is empty, the page limit is reached or the token is cancelled.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; what was fetched is kept and a new run goes on from there.</exception>
    public async Task<CrawlSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var started = _time.GetUtcNow();
        Directory.CreateDirectory(_options.OutputFolder);
        var warcFolder = Path.Combine(_options.OutputFolder, WarcFolderName);
        using var db = new CrawlDatabase(Path.Combine(_options.OutputFolder, DatabaseFileName));
        _db = db;
        var seeds = await PrepareScopeAsync(cancellationToken).ConfigureAwait(false);
        Recover(warcFolder);
        db.BeginRun(_options.RecheckArticles);
        foreach (var seed in seeds)
        {
            var shape = AnalyzerFor(seed).Classify(seed);
            var kind = shape is PageKind.Sitemap or PageKind.Feed ? shape.Value : PageKind.Seed;
            db.Enqueue(seed, kind, Priority(kind), 0, 0, null, null);
        }

        using var warc = new WarcWriter(
            new WarcWriterOptions
            {
                Folder = warcFolder,
                MaxFileBytes = _options.MaxWarcBytes,
                Info =
                [
                    new("software", "Extractor crawl/1.0 (.NET; HttpClient, Polly)"),
                    new("http-header-user-agent", _options.Fetcher.UserAgent),
                    new("robots", "obey"),
                    new("description", "Provincial party news crawl" + (_options.Province is null ? "" : $" ({_options.Province})")),
                    new("isPartOf", Path.GetFileName(Path.GetFullPath(_options.OutputFolder))),
                ],
            },
            _time);
        warc.FileOpened += db.AddWarcFile;
        _warc = warc;

        using var progressStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var progressTask = ReportProgressAsync(started, progressStop.Token);
        try
        {
            await CrawlHostsAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await progressStop.CancelAsync().ConfigureAwait(false);
            try
            {
                await progressTask.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            Progress?.Invoke(Snapshot(started));
        }

        TimeSpan? minGap = null;
        foreach (var state in _hosts.Values)
        {
            if (state.Throttle.MinimumGap is { } gap && (minGap is null || gap < minGap))
            {
                minGap = gap;
            }
        }

        return new CrawlSummary
        {
            Requests = _requests,
            Archived = _archived,
            NotModified = _notModified,
            Duplicates = _duplicates,
            Disallowed = _disallowed,
            Skipped = _skipped,
            Failed = _failed,
            Recovered = _recovered,
            Queued = db.CountQueued(),
            MinimumGap = minGap,
            Elapsed = _time.GetUtcNow() - started,
            WarcFiles = db.WarcFiles().Select(f => Path.Combine(warcFolder, f.Name)).ToList(),
        };
    }

    private async Task<List<Uri>> PrepareScopeAsync(CancellationToken cancellationToken)
    {
        var seeds = new List<Uri>();
        foreach (var start in _options.StartUrls)
        {
            var url = UrlCanonicalizer.Canonicalize(start) ?? throw new ArgumentException($"not an http(s) address: {start}");
            seeds.Add(url);
            AddScope(url.Host);
            if (await _options.IsPrivateHost(url.Host, cancellationToken).ConfigureAwait(false))
            {
                // A start host that is itself private (a test server on 127.0.0.1) may be crawled.
                _privateStartHosts.Add(url.Host);
            }
        }

        foreach (var host in _options.ExtraHosts)
        {
            AddScope(host);
        }

        return seeds;
    }

    private void AddScope(string host)
    {
        host = host.ToLowerInvariant();
        _scope.Add(host);
        _scope.Add(host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : "www." + host);
    }

    private bool InScope(Uri url) => _scope.Contains(url.Host);

    private static int Priority(PageKind kind) => kind switch
    {
        PageKind.Robots => 0,
        PageKind.Sitemap or PageKind.Feed => 1,
        PageKind.Seed => 2,
        PageKind.Listing => 3,
        PageKind.Article => 4,
        _ => 5,
    };

    private long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private bool LimitReached() =>
        Volatile.Read(ref _stopRequested) != 0 || (_options.MaxPages is { } max && _db!.FetchedThisGeneration() >= max);

    private async Task CrawlHostsAsync(CancellationToken cancellationToken)
    {
        var running = new Dictionary<string, Task>(StringComparer.Ordinal);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!LimitReached())
            {
                foreach (var host in _db!.HostsWithQueued())
                {
                    if (running.Count >= Math.Max(1, _options.MaxParallelHosts))
                    {
                        break;
                    }

                    if (!running.ContainsKey(host) && !Finished(host))
                    {
                        running[host] = CrawlHostAsync(host, cancellationToken);
                    }
                }
            }

            if (running.Count == 0)
            {
                return;
            }

            var done = await Task.WhenAny(running.Values).ConfigureAwait(false);
            var finishedHost = running.First(p => p.Value == done).Key;
            running.Remove(finishedHost);
            if (done.IsFaulted || done.IsCanceled)
            {
                // Let the others stop at their next turn, then surface the fault.
                Interlocked.Exchange(ref _stopRequested, 1);
                try
                {
                    await Task.WhenAll(running.Values).ConfigureAwait(false);
                }
                catch (Exception) when (cancellationToken.IsCancellationRequested || done.IsFaulted)
                {
                }

                await done.ConfigureAwait(false);
            }

            _finished.Add(finishedHost);
        }
    }

    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _privateVerdicts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a private host the user did not name as a start host (asked once per host and run).</summary>
    private async Task<bool> RefusedAsPrivateAsync(string host, CancellationToken cancellationToken)
    {
        if (_privateStartHosts.Contains(host))
        {
            return false;
        }

        lock (_privateVerdicts)
        {
            if (_privateVerdicts.TryGetValue(host, out var known))
            {
                return known;
            }
        }

        var verdict = await _options.IsPrivateHost(host, cancellationToken).ConfigureAwait(false);
        lock (_privateVerdicts)
        {
            _privateVerdicts[host] = verdict;
        }

        return verdict;
    }

    private bool Finished(string host) => _finished.Contains(host);

    private HostState StateOf(string host)
    {
        lock (_hosts)
        {
            if (_hosts.TryGetValue(host, out var state))
            {
                return state;
            }

            var last = DateTimeOffset.FromUnixTimeMilliseconds(_db!.LastRequest(host));
            state = new HostState(host, new HostThrottle(_time, last), BuildPipeline());
            _hosts[host] = state;
            return state;
        }
    }

    private ResiliencePipeline<FetchResult> BuildPipeline()
    {
        bool Transient(Outcome<FetchResult> outcome) =>
            outcome.Result is { IsTransient: true } r && !(r.RetryAfter > _options.MaxRetryAfter);

        var builder = new ResiliencePipelineBuilder<FetchResult> { TimeProvider = _time };
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<FetchResult>
            {
                ShouldHandle = args => ValueTask.FromResult(Transient(args.Outcome)),
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = _options.MaxRetryAfter,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } wait ? wait + TimeSpan.FromMilliseconds(5) : (TimeSpan?)null),
                OnRetry = args =>
                {
                    var r = args.Outcome.Result;
                    Event?.Invoke(new CrawlEvent("retry", r?.Url.AbsoluteUri ?? "", r?.Status ?? 0,
                        $"attempt {args.AttemptNumber + 2} in {args.RetryDelay.TotalSeconds:0.##} s ({r?.Error ?? "status " + r?.Status})"));
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<FetchResult>
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.IsTransient == true),
            FailureRatio = 0.8,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = _options.BreakDuration < TimeSpan.FromMilliseconds(500) ? TimeSpan.FromMilliseconds(500) : _options.BreakDuration,
        });
        return builder.Build();
    }

    private async Task CrawlHostAsync(string host, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var state = StateOf(host);
        var db = _db!;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (LimitReached())
            {
                state.State = "page limit";
                return;
            }

            var entry = db.Next(host, NowMs);
            if (entry is null)
            {
                if (db.EarliestQueued(host) is not { } earliest)
                {
                    state.State = "done";
                    return;
                }

                var wait = TimeSpan.FromMilliseconds(Math.Max(0, earliest - NowMs));
                if (wait > _options.MaxRetryAfter)
                {
                    state.State = "held off (later run)";
                    return;
                }

                state.State = $"waiting {wait.TotalSeconds:0.#} s";
                await Task.Delay(wait + TimeSpan.FromMilliseconds(1), _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            state.State = "crawling";
            if (await RefusedAsPrivateAsync(entry.Url.Host, cancellationToken).ConfigureAwait(false))
            {
                // An in-scope host (a registry alias, or a name whose DNS now answers a LAN address) that is private: never asked.
                Fail(entry, state, 0, $"private address refused: {entry.Url.Host}");
                continue;
            }

            var robots = await RobotsForAsync(entry.Url, state, cancellationToken).ConfigureAwait(false);
            if (robots is null)
            {
                if (++state.RobotsFailures >= 3)
                {
                    state.State = "robots.txt unavailable (later run)";
                    return;
                }

                state.State = "robots.txt unavailable, holding off";
                state.Throttle.HoldOff(_time.GetUtcNow() + _options.RobotsHoldOff);
                await Task.Delay(_options.RobotsHoldOff, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var rules = robots.For(_options.RobotsToken);
            state.CrawlDelay = rules.CrawlDelay is { } seconds ? TimeSpan.FromSeconds(Math.Min(seconds, 600)) : null;
            if (!rules.IsAllowed(entry.Url.PathAndQuery))
            {
                db.Settle(entry.Id, UrlState.Disallowed, null, "disallowed by robots.txt");
                Interlocked.Increment(ref _disallowed);
                Event?.Invoke(new CrawlEvent("disallowed", entry.Url.AbsoluteUri, 0, "robots.txt"));
                continue;
            }

            await FetchAndSettleAsync(entry, state, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan DelayFor(HostState state) =>
        state.CrawlDelay is { } crawlDelay && crawlDelay > _options.Delay ? crawlDelay : _options.Delay;

    /// <summary>One request through the host's pace, retries and circuit breaker.</summary>
    private async Task<FetchResult> FetchAsync(FetchRequest request, HostState state, CancellationToken cancellationToken) =>
        await state.Pipeline.ExecuteAsync(
            async token =>
            {
                var start = await state.Throttle.WaitTurnAsync(DelayFor(state), token).ConfigureAwait(false);
                _db!.SetLastRequest(state.Host, start.ToUnixTimeMilliseconds());
                Interlocked.Increment(ref _requests);
                var result = await _fetcher.FetchAsync(request, token).ConfigureAwait(false);
                state.Throttle.Completed();
                if (result.RetryAfter is { } wait && (result.Status == 429 || result.Status >= 500))
                {
                    state.Throttle.HoldOff(_time.GetUtcNow() + wait);
                }

                return result;
            },
            cancellationToken).ConfigureAwait(false);

    /// <summary>The robots.txt rules for the address's origin: from memory, the database (a day), or fetched; null while it cannot be had (5xx, network).</summary>
    private async Task<RobotsTxt?> RobotsForAsync(Uri url, HostState state, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        if (state.Robots.TryGetValue(origin, out var known))
        {
            return known;
        }

        var cached = _db!.Robots(origin);
        if (cached is { } c && NowMs - c.FetchedMs < TimeSpan.FromDays(1).TotalMilliseconds)
        {
            var rules = c.Status is >= 200 and < 300 ? RobotsTxt.Parse(c.Text ?? "") : RobotsTxt.AllowAll;
            state.Robots[origin] = rules;
            return rules;
        }

        var address = new Uri(origin + "/robots.txt");
        FetchResult result;
        var hops = 0;
        while (true)
        {
            try
            {
                result = await FetchAsync(new FetchRequest(address), state, cancellationToken).ConfigureAwait(false);
            }
            catch (BrokenCircuitException)
            {
                return null;
            }

            var location = result.Status is >= 300 and < 400 ? result.Header("Location") : null;
            if (location is null || ++hops > _options.MaxRedirects || UrlCanonicalizer.Canonicalize(location, address) is not { } next || next == address)
            {
                break;
            }

            address = next;
        }

        if (result.Status >= 500 || result.Status == 429 || result.Status == 0)
        {
            Event?.Invoke(new CrawlEvent("robots-unavailable", address.AbsoluteUri, result.Status, result.Error ?? "server error: holding off"));
            return null;
        }

        RobotsTxt robots;
        string? text = null;
        if (result.Status is >= 200 and < 300 && result.Failure == FetchFailure.TooLarge)
        {
            // A gigantic robots.txt: its first 500 KiB are read (as Google does) and the rest ignored, never "no file, all allowed".
            var head = result.Body.AsSpan(0, Math.Min(result.Body.Length, MaxRobotsBytes));
            var lastLine = head.LastIndexOf((byte)'\n');
            text = Encoding.UTF8.GetString(lastLine >= 0 ? head[..(lastLine + 1)] : []);
            robots = RobotsTxt.Parse(text);
            Event?.Invoke(new CrawlEvent("robots-truncated", address.AbsoluteUri, result.Status, $"robots.txt over the size limit: read its first {text.Length:N0} characters"));
        }
        else if (result.Status is >= 200 and < 300)
        {
            text = Encoding.UTF8.GetString(result.Body.AsSpan(0, Math.Min(result.Body.Length, MaxRobotsBytes)));
            robots = RobotsTxt.Parse(text);
            ArchiveRobots(address, result);
        }
        else
        {
            // 4xx (and a redirect that leads nowhere): no robots.txt, everything allowed.
            robots = RobotsTxt.AllowAll;
        }

        _db.SetRobots(origin, text, result.Status is >= 300 and < 400 ? 404 : result.Status, NowMs);
        state.Robots[origin] = robots;
        var sitemaps = robots.Sitemaps.Select(s => UrlCanonicalizer.Canonicalize(s, address)).OfType<Uri>().Where(InScope).ToList();
        foreach (var sitemap in sitemaps)
        {
            _db.Enqueue(sitemap, PageKind.Sitemap, Priority(PageKind.Sitemap), 0, 0, address.AbsoluteUri, null);
        }

        return robots;
    }

    private void ArchiveRobots(Uri address, FetchResult result)
    {
        lock (_warcLock)
        {
            var block = Concat(result.ResponseHead, result.RawBody);
            _warc!.WriteExchange(address.AbsoluteUri, result.Date, result.RequestBlock, block, result.ResponseHead.Length, null,
                [new(WarcArticleReader.PageKindField, "robots")]);
            if (_warc.CurrentFile is { } file)
            {
                _db!.SetCommitted(file, _warc.CurrentLength);
            }
        }
    }

    private async Task FetchAndSettleAsync(FrontierEntry entry, HostState state, CancellationToken cancellationToken)
    {
        var db = _db!;
        if (_options.Since is { } since && entry.Kind == PageKind.Article && entry.SourceDate < since)
        {
            db.Settle(entry.Id, UrlState.Skipped, null, "older than --since");
            Interlocked.Increment(ref _skipped);
            return;
        }

        var request = new FetchRequest(entry.Url)
        {
            // Validators only for a page fetched in an earlier pass: a re-crawl asks "has it changed?".
            ETag = entry.Generation < db.Generation ? entry.ETag : null,
            LastModified = entry.Generation < db.Generation ? entry.LastModified : null,
        };
        FetchResult result;
        try
        {
            result = await FetchAsync(request, state, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            db.Defer(entry.Id, (_time.GetUtcNow() + _options.BreakDuration).ToUnixTimeMilliseconds(), "host failing: circuit open");
            Event?.Invoke(new CrawlEvent("deferred", entry.Url.AbsoluteUri, 0, "host failing; circuit open"));
            return;
        }

        if (result.IsTransient)
        {
            if (result.RetryAfter is { } wait && wait > _options.MaxRetryAfter)
            {
                db.Defer(entry.Id, (result.Date + wait).ToUnixTimeMilliseconds(), $"Retry-After {wait.TotalSeconds:0} s");
                Event?.Invoke(new CrawlEvent("deferred", entry.Url.AbsoluteUri, result.Status, $"Retry-After {wait.TotalSeconds:0} s"));
                return;
            }

            Fail(entry, state, result.Status, result.Error ?? $"status {result.Status} after {_options.MaxRetries} retries");
            return;
        }

        if (result.Status == 304)
        {
            db.Settle(entry.Id, UrlState.Done, 304, null);
            Interlocked.Increment(ref _notModified);
            Event?.Invoke(new CrawlEvent("not-modified", entry.Url.AbsoluteUri, 304, null));
            return;
        }

        if (result.Status is >= 300 and < 400)
        {
            await SettleRedirectAsync(entry, state, result, cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (result.Failure)
        {
            case FetchFailure.UnwantedType:
                db.Settle(entry.Id, UrlState.Skipped, result.Status, result.Error);
                Interlocked.Increment(ref _skipped);
                Event?.Invoke(new CrawlEvent("skipped", entry.Url.AbsoluteUri, result.Status, result.Error));
                return;
            case FetchFailure.TooLarge or FetchFailure.BadEncoding:
                Fail(entry, state, result.Status, result.Error);
                return;
        }

        if (result.Status is < 200 or >= 300)
        {
            Fail(entry, state, result.Status, $"status {result.Status}");
            return;
        }

        var page = Settle(entry.Url, entry.Kind, entry.Depth, result.Status, result.MediaType, ContentTypes.Charset(result.Header("Content-Type")), result.Body);
        if (page.Outcome == UrlState.Skipped)
        {
            db.Settle(entry.Id, UrlState.Skipped, result.Status, page.Error);
            Interlocked.Increment(ref _skipped);
            Event?.Invoke(new CrawlEvent("skipped", entry.Url.AbsoluteUri, result.Status, page.Error));
            return;
        }

        lock (_warcLock)
        {
            WarcLocation location;
            if (page.Outcome == UrlState.Duplicate)
            {
                location = _warc!.WriteRevisit(entry.Url.AbsoluteUri, result.Date, result.ResponseHead,
                    WarcDigest.Sha1(result.RawBody), page.DuplicateOf!);
            }
            else
            {
                location = _warc!.WriteExchange(entry.Url.AbsoluteUri, result.Date, result.RequestBlock, Concat(result.ResponseHead, result.RawBody),
                    result.ResponseHead.Length, null, [new(WarcArticleReader.PageKindField, KindLabel(page.Kind))]);
            }

            var committed = _warc.CurrentLength;

            // Settled under the archive lock, so a file's committed length never passes an unsettled record.
            db.SettleFetched(page.ToSettled(entry.Url.AbsoluteUri, result.Status, result.Header("ETag"), result.Header("Last-Modified"), location, committed, result.Date));
        }

        if (page.Outcome == UrlState.Duplicate)
        {
            Interlocked.Increment(ref _duplicates);
            Event?.Invoke(new CrawlEvent("duplicate", entry.Url.AbsoluteUri, result.Status, "same page as " + page.DuplicateOf));
        }
        else
        {
            Interlocked.Increment(ref _archived);
            Interlocked.Increment(ref state.Archived);
            Event?.Invoke(new CrawlEvent("archived", entry.Url.AbsoluteUri, result.Status, $"{KindLabel(page.Kind)}, {page.Links.Count} new links"));
        }
    }

    private void Fail(FrontierEntry entry, HostState state, int status, string? error)
    {
        _db!.Settle(entry.Id, UrlState.Failed, status == 0 ? null : status, error);
        Interlocked.Increment(ref _failed);
        Interlocked.Increment(ref state.Errors);
        Event?.Invoke(new CrawlEvent("failed", entry.Url.AbsoluteUri, status, error));
    }

    /// <summary>Archives a redirect and queues its target (first in line), unless the target is unsafe, out of scope, over the hop limit or already known (a loop).</summary>
    private async Task SettleRedirectAsync(FrontierEntry entry, HostState state, FetchResult result, CancellationToken cancellationToken)
    {
        var locationHeader = result.Header("Location");
        string? problem = null;
        Uri? target = null;
        if (string.IsNullOrWhiteSpace(locationHeader))
        {
            problem = "redirect without a Location";
        }
        else if (UrlCanonicalizer.Canonicalize(locationHeader, entry.Url) is not { } next)
        {
            problem = $"redirect to a non-http(s) address refused: {locationHeader}";
        }
        else if (entry.Redirects + 1 > _options.MaxRedirects)
        {
            problem = $"more than {_options.MaxRedirects} redirects";
        }
        else if (await RefusedAsPrivateAsync(next.Host, cancellationToken).ConfigureAwait(false))
        {
            // Checked before the scope, so the refusal says why even when the target is also off-site.
            problem = $"redirect to a private address refused: {next.Host}";
        }
        else if (!InScope(next))
        {
            problem = $"redirect out of the crawl's scope: {next.Host}";
        }
        else if (next.AbsoluteUri == entry.Url.AbsoluteUri || _db!.Knows(next.AbsoluteUri))
        {
            problem = next.AbsoluteUri == entry.Url.AbsoluteUri ? "redirect loop" : null;
            target = null;
        }
        else
        {
            target = next;
        }

        lock (_warcLock)
        {
            var location = _warc!.WriteExchange(entry.Url.AbsoluteUri, result.Date, result.RequestBlock, Concat(result.ResponseHead, result.RawBody),
                result.ResponseHead.Length, null, [new(WarcArticleReader.PageKindField, "redirect")]);
            var committed = _warc.CurrentLength;
            var links = target is null
                ? []
                : new List<QueuedLink> { new(target, entry.Kind, 0, entry.Depth, entry.Redirects + 1, entry.SourceDate) };
            _db!.SettleFetched(new SettledPage
            {
                Url = entry.Url.AbsoluteUri,
                State = UrlState.Done,
                Kind = entry.Kind,
                Status = result.Status,
                Location = location,
                CommittedLength = committed,
                FetchedAt = result.Date,
                Error = problem,
                Links = links,
            });
        }

        Event?.Invoke(new CrawlEvent("redirect", entry.Url.AbsoluteUri, result.Status, problem ?? (target is null ? $"to {locationHeader} (known)" : $"to {target}")));
    }

    /// <summary>Reads a fetched (or recovered) body: what the page is, whether it repeats one already archived, and the links to queue.</summary>
    private PageOutcome Settle(Uri url, PageKind expected, int depth, int status, string? mediaType, string? charset, byte[] body)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        var looksHtml = ContentTypes.IsHtml(mediaType) || (mediaType is null or "text/plain" && Sniff(body) == "html");
        var looksXml = ContentTypes.IsXml(mediaType) || mediaType is "application/x-gzip" or "application/gzip" || Sniff(body) == "xml";
        if (expected is PageKind.Sitemap or PageKind.Feed || (!looksHtml && looksXml))
        {
            var xml = body;
            if (xml.Length > 2 && xml[0] == 0x1f && xml[1] == 0x8b)
            {
                xml = ContentDecoder.Decode(xml, "gzip", _options.Fetcher.MaxDecodedBytes).Body ?? [];
            }

            var isFeed = FeedReader.IsFeed(xml);
            var found = isFeed ? FeedReader.Read(xml, url) : SitemapReader.Read(xml, url);
            var links = new List<QueuedLink>();
            foreach (var link in found)
            {
                if (!InScope(link.Url) || (_options.Since is { } since && link.Kind == PageKind.Article && link.Date < since))
                {
                    continue;
                }

                var kind = link.Kind == PageKind.Sitemap ? PageKind.Sitemap : (AnalyzerFor(link.Url).Classify(link.Url) is null ? (PageKind?)null : PageKind.Article);
                if (kind is { } k)
                {
                    links.Add(new QueuedLink(link.Url, k, Priority(k), depth + 1, 0, link.Date));
                }
            }

            return new PageOutcome(UrlState.Done, isFeed ? PageKind.Feed : PageKind.Sitemap, hash, links, [], null, null);
        }

        if (!looksHtml)
        {
            return new PageOutcome(UrlState.Skipped, expected, hash, [], [], null, $"not HTML ({mediaType ?? "no content type"})");
        }

        var analysis = AnalyzerFor(url).Analyze(body, charset, url);
        var pageKind = analysis.IsArticle ? PageKind.Article : expected is PageKind.Article ? PageKind.Page : expected;
        var aliases = new List<Uri>();
        if (analysis.Canonical is { } canonical && canonical.AbsoluteUri != url.AbsoluteUri && InScope(canonical))
        {
            if (_db!.StateOf(canonical.AbsoluteUri) is UrlState.Done or UrlState.Duplicate && analysis.IsArticle)
            {
                return new PageOutcome(UrlState.Duplicate, pageKind, hash, [], [], canonical.AbsoluteUri, null);
            }

            aliases.Add(canonical);
        }

        if (_db!.UrlWithHash(hash) is { } same && same != url.AbsoluteUri)
        {
            return new PageOutcome(UrlState.Duplicate, pageKind, hash, [], aliases, same, null);
        }

        var queued = new List<QueuedLink>();
        var tooOld = _options.Since is { } cutoff && analysis.Published < cutoff;
        if (!tooOld && depth < _options.MaxDepth)
        {
            foreach (var link in analysis.Links)
            {
                if (InScope(link.Url))
                {
                    queued.Add(new QueuedLink(link.Url, link.Kind, Priority(link.Kind), depth + 1, 0, link.Date));
                }
            }
        }

        return new PageOutcome(UrlState.Done, pageKind, hash, queued, aliases, null, null);
    }

    private static string? Sniff(byte[] body)
    {
        var head = Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 512))).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return "html";
        }

        return head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<urlset", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<sitemapindex", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
            ? "xml"
            : null;
    }

    private static string KindLabel(PageKind kind) => kind.ToString().ToLowerInvariant();

    private static byte[] Concat(byte[] a, byte[] b)
    {
        var result = new byte[a.Length + b.Length];
        a.CopyTo(result, 0);
        b.CopyTo(result, a.Length);
        return result;
    }

    /// <summary>
    /// Settles records a killed run wrote but did not record (past each file's committed length), reading links from
    /// the archived bodies, and cuts a torn last record off, so nothing archived is fetched again.
    /// </summary>
    private void Recover(string warcFolder)
    {
        if (!Directory.Exists(warcFolder))
        {
            return;
        }

        var db = _db!;
        var committed = db.WarcFiles().ToDictionary(f => f.Name, f => f.Committed, StringComparer.Ordinal);
        var files = Directory.GetFiles(warcFolder, "*.warc.gz").Concat(Directory.GetFiles(warcFolder, "*.warc")).Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var start = committed.GetValueOrDefault(name);
            var length = new FileInfo(path).Length;
            if (length <= start)
            {
                continue;
            }

            // Settle every sound record; stop at a tear and cut it off.
            var goodEnd = length;
            using (var records = WarcReader.ReadFile(path, WarcReader.DefaultMaxBlockBytes, start).GetEnumerator())
            {
                while (true)
                {
                    try
                    {
                        if (!records.MoveNext())
                        {
                            break;
                        }
                    }
                    catch (WarcFormatException ex)
                    {
                        goodEnd = ex.Offset >= start ? ex.Offset : start;
                        break;
                    }

                    RecoverRecord(records.Current, name);
                }
            }

            if (goodEnd < length)
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
                stream.SetLength(goodEnd);
                Event?.Invoke(new CrawlEvent("truncated", name, 0, $"cut a torn record at offset {goodEnd} (a killed run)"));
            }

            db.SetCommitted(name, goodEnd);
        }
    }

    private void RecoverRecord(WarcRecord record, string fileName)
    {
        if (record.Type is not ("response" or "revisit") || record.Field(WarcArticleReader.PageKindField) == "robots"
            || record.TargetUri is not { } target || UrlCanonicalizer.Canonicalize(target) is not { } url)
        {
            return;
        }

        var db = _db!;
        if (db.StateOf(url.AbsoluteUri) is not (UrlState.Queued or null))
        {
            return;
        }

        db.Enqueue(url, PageKind.Page, Priority(PageKind.Page), 0, 0, null, null);
        var entry = db.Next(CrawlDatabase.HostKey(url), long.MaxValue);
        var kind = record.Field(WarcArticleReader.PageKindField) switch
        {
            "sitemap" => PageKind.Sitemap,
            "feed" => PageKind.Feed,
            "article" => PageKind.Article,
            "listing" => PageKind.Listing,
            "seed" => PageKind.Seed,
            _ => PageKind.Page,
        };
        var location = new WarcLocation(fileName, record.Offset, 0);
        var response = HttpResponseBlock.TryParse(record.Block, _options.Fetcher.MaxDecodedBytes);
        var date = DateTimeOffset.TryParse(record.Field("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : _time.GetUtcNow();
        SettledPage settled;
        if (record.Type == "revisit" || response is null)
        {
            settled = new SettledPage { Url = url.AbsoluteUri, State = UrlState.Duplicate, Kind = kind, Status = response?.Status, Location = location, FetchedAt = date };
        }
        else if (response.Status is >= 300 and < 400)
        {
            var next = UrlCanonicalizer.Canonicalize(response.Header("Location"), url);
            var depth = entry?.Url == url ? entry.Depth : 0;
            settled = new SettledPage
            {
                Url = url.AbsoluteUri,
                State = UrlState.Done,
                Kind = kind,
                Status = response.Status,
                Location = location,
                FetchedAt = date,
                Links = next is not null && InScope(next) ? [new QueuedLink(next, kind, 0, depth, 1, null)] : [],
            };
        }
        else
        {
            var depth = entry?.Url == url ? entry.Depth : 0;
            var page = Settle(url, kind, depth, response.Status, response.MediaType, response.Charset, response.Body);
            settled = page.ToSettled(url.AbsoluteUri, response.Status, response.Header("ETag"), response.Header("Last-Modified"), location, 0, date);
        }

        db.SettleFetched(settled);
        Interlocked.Increment(ref _recovered);
        Event?.Invoke(new CrawlEvent("recovered", url.AbsoluteUri, response?.Status ?? 0, $"from {fileName} at {record.Offset}"));
    }

    private async Task ReportProgressAsync(DateTimeOffset started, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(_options.ProgressInterval, _time, cancellationToken).ConfigureAwait(false);
            Progress?.Invoke(Snapshot(started));
        }
    }

    private CrawlProgress Snapshot(DateTimeOffset started)
    {
        var queued = _db!.QueuedByHost();
        List<HostProgress> hosts;
        lock (_hosts)
        {
            hosts = _hosts.Values.Select(h =>
            {
                var minutes = Math.Max((DateTimeOffset.UtcNow - h.Started).TotalMinutes, 1.0 / 60);
                return new HostProgress(h.Host, h.Throttle.Requests, h.Archived, h.Errors, queued.GetValueOrDefault(h.Host), h.Throttle.Requests / minutes, h.State);
            }).ToList();
        }

        return new CrawlProgress
        {
            Fetched = _requests,
            Archived = _archived,
            Queued = queued.Values.Sum(),
            Errors = _failed,
            Disallowed = _disallowed,
            Elapsed = _time.GetUtcNow() - started,
            Hosts = hosts,
        };
    }
}
