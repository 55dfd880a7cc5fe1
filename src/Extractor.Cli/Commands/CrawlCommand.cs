using System.CommandLine;
using System.Globalization;
using Extractor.Scraping.Crawling;
using Extractor.Scraping.Discovery;
using Extractor.Scraping.Fetching;
using Extractor.Scraping.Sources;
using Serilog;
using Spectre.Console;

namespace Extractor.Cli.Commands;

/// <summary><c>extractor crawl &lt;start-url&gt;... --out DIR</c>: a polite, resumable crawl into WARC archives.</summary>
internal static class CrawlCommand
{
    public static Command Create(CommandContext context)
    {
        var urls = new Argument<string[]>("start-url") { Description = "Start addresses: home pages, listing pages, sitemaps, feeds.", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "The crawl folder: crawl.db (frontier, visited set, offsets) and warc/*.warc.gz. Run again with the same folder to resume.", Required = true };
        var profile = new Option<string?>("--profile") { Description = "A JSON profile with selectors/patterns for article links and pagination (default: generic discovery, or the registered site's family)." };
        var maxPages = new Option<int?>("--max-pages") { Description = "Stop after this many pages in this crawl of the folder." };
        var delay = new Option<int>("--delay") { Description = "Milliseconds between requests to one host (a larger robots.txt Crawl-delay wins).", DefaultValueFactory = _ => 1000 };
        var since = new Option<string?>("--since") { Description = "Skip articles dated before this day (yyyy-MM-dd), by sitemap, feed or page metadata." };
        var source = new Option<string[]>("--source") { Description = "Start from a registered site (corpus/sources/NAME.json); repeatable.", AllowMultipleArgumentsPerToken = true };
        var province = new Option<string?>("--province") { Description = "Start from every registered site of a province (\"Phú Thọ\", \"phu tho\")." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one request may take.", DefaultValueFactory = _ => 30 };
        var userAgent = new Option<string?>("--user-agent") { Description = "The whole User-Agent (keep a contact in it); --contact is usually all you need." };
        var contact = new Option<string?>("--contact") { Description = $"How site owners reach whoever runs this crawl (e-mail or URL), put in the User-Agent beside the project page (default: ${FetcherOptions.ContactVariable}, else the project page)." };
        var newOnly = new Option<bool>("--new-only") { Description = "On a re-crawl of a finished folder, ask only hub pages (start, listings, sitemaps, feeds) again, not the archived articles." };
        var listSources = new Option<bool>("--list-sources") { Description = "List the registered sites and exit." };

        var command = new Command("crawl", "Crawl news sites politely (robots.txt, per-host delay, retries) into WARC files; resumable.")
        {
            urls, output, profile, maxPages, delay, since, source, province, timeout, userAgent, contact, newOnly, listSources,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var registry = SourceRegistry.Default;
            if (parse.GetValue(listSources))
            {
                foreach (var site in registry.Sites)
                {
                    await context.Stdout.WriteLineAsync($"{site.Name}\t{site.Province}\t{site.Kind}\t{site.Family}\t{string.Join(' ', site.StartUrls)}");
                }

                return CliApp.Ok;
            }

            CrawlTargets targets;
            CrawlProfile? crawlProfile;
            var hostProfiles = new Dictionary<string, CrawlProfile>(StringComparer.OrdinalIgnoreCase);
            DateTimeOffset? sinceDate = null;
            try
            {
                targets = CrawlTargets.Resolve(parse.GetValue(urls) ?? [], parse.GetValue(source) ?? [], parse.GetValue(province), registry);
                if (targets.StartUrls.Count == 0)
                {
                    throw new ArgumentException("give at least one start address, --source or --province");
                }

                // --profile FILE applies to every site; without it each registered site is read with its family's profile.
                crawlProfile = parse.GetValue(profile) is { } profilePath ? CrawlProfile.Load(profilePath) : null;
                if (crawlProfile is null)
                {
                    var folders = CrawlProfile.DefaultFolders();
                    foreach (var (host, family) in targets.HostFamilies)
                    {
                        hostProfiles[host] = CrawlProfile.ForFamily(family, folders)
                            ?? throw new ArgumentException($"no profile for the site family '{family}' of {host} (looked in {string.Join(", ", folders)})");
                    }
                }
                if (parse.GetValue(since) is { } sinceText)
                {
                    sinceDate = DateTimeOffset.TryParseExact(sinceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                        ? new DateTimeOffset(d.Date, TimeSpan.FromHours(7))
                        : throw new ArgumentException($"--since wants a day as yyyy-MM-dd, not '{sinceText}'");
                }
            }
            catch (Exception ex) when (ex is ArgumentException or IOException or System.Text.Json.JsonException or InvalidDataException)
            {
                await context.Stderr.WriteLineAsync($"extractor crawl: {ex.Message}");
                return CliApp.UsageError;
            }

            var options = new CrawlOptions
            {
                StartUrls = targets.StartUrls,
                ExtraHosts = targets.ExtraHosts,
                Province = targets.Province,
                OutputFolder = parse.GetValue(output)!,
                Profile = crawlProfile,
                HostProfiles = hostProfiles,
                MaxPages = parse.GetValue(maxPages),
                Delay = TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(delay))),
                Since = sinceDate,
                RecheckArticles = !parse.GetValue(newOnly),
                Fetcher = new FetcherOptions
                {
                    Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                    UserAgent = parse.GetValue(userAgent) ?? (parse.GetValue(contact) is { } who ? FetcherOptions.UserAgentFor(who) : FetcherOptions.DefaultUserAgent),
                },
            };
            return await RunAsync(options, context, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CrawlOptions options, CommandContext context, CancellationToken cancellationToken)
    {
        if (options.Fetcher.UserAgent.Contains(FetcherOptions.NoContact, StringComparison.Ordinal))
        {
            Log.Warning("crawl: no operator contact in the User-Agent; site owners cannot reach you. Set --contact or {Variable}", FetcherOptions.ContactVariable);
        }

        var crawler = new Crawler(options);
        crawler.Event += e =>
        {
            switch (e.Kind)
            {
                case "failed" or "robots-unavailable" or "truncated":
                    Log.Warning("{Kind} {Url} {Status} {Detail}", e.Kind, e.Url, e.Status, e.Detail);
                    break;
                default:
                    Log.Debug("{Kind} {Url} {Status} {Detail}", e.Kind, e.Url, e.Status, e.Detail);
                    break;
            }
        };

        var live = ReferenceEquals(context.Stderr, Console.Error) && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        CrawlSummary summary;
        try
        {
            summary = live ? await RunLiveAsync(crawler, cancellationToken) : await RunLoggedAsync(crawler, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await context.Stderr.WriteLineAsync("extractor crawl: stopped; run the same command again to go on from here.");
            return CliApp.SomeInputsFailed;
        }

        var gap = summary.MinimumGap is { } g ? $"{g.TotalMilliseconds:0} ms" : "n/a";
        await context.Stderr.WriteLineAsync(
            $"extractor crawl: {summary.Requests} requests, {summary.Archived} pages archived, {summary.NotModified} not modified, {summary.Duplicates} duplicates, " +
            $"{summary.Disallowed} disallowed by robots.txt, {summary.Skipped} skipped, {summary.Failed} failed, {summary.Recovered} recovered; " +
            $"{summary.Queued} still queued; shortest gap between requests to a host {gap}; {summary.Elapsed.TotalSeconds:0.0} s");
        foreach (var file in summary.WarcFiles)
        {
            await context.Stderr.WriteLineAsync($"  {file}");
        }

        return summary.Failed > 0 ? CliApp.SomeInputsFailed : CliApp.Ok;
    }

    private static async Task<CrawlSummary> RunLoggedAsync(Crawler crawler, CancellationToken cancellationToken)
    {
        var last = DateTimeOffset.MinValue;
        crawler.Progress += p =>
        {
            if (DateTimeOffset.UtcNow - last < TimeSpan.FromSeconds(10))
            {
                return;
            }

            last = DateTimeOffset.UtcNow;
            Log.Information("crawl: {Fetched} requests, {Archived} archived, {Queued} queued, {Errors} errors, {Disallowed} disallowed, {Elapsed:0} s",
                p.Fetched, p.Archived, p.Queued, p.Errors, p.Disallowed, p.Elapsed.TotalSeconds);
        };
        return await crawler.RunAsync(cancellationToken);
    }

    private static async Task<CrawlSummary> RunLiveAsync(Crawler crawler, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var table = new Table().AddColumns("host", "requests", "archived", "errors", "queued", "req/min", "state");
        CrawlSummary? summary = null;
        await console.Live(table).StartAsync(async live =>
        {
            crawler.Progress += p =>
            {
                lock (table)
                {
                    table.Rows.Clear();
                    foreach (var h in p.Hosts)
                    {
                        table.AddRow(Markup.Escape(h.Host), h.Requests.ToString(CultureInfo.InvariantCulture), h.Archived.ToString(CultureInfo.InvariantCulture),
                            h.Errors.ToString(CultureInfo.InvariantCulture), h.Queued.ToString(CultureInfo.InvariantCulture), h.RequestsPerMinute.ToString("0.0", CultureInfo.InvariantCulture),
                            Markup.Escape(h.State));
                    }

                    table.Caption = new TableTitle($"{p.Fetched} requests, {p.Archived} archived, {p.Queued} queued, {p.Errors} errors, {p.Disallowed} disallowed, {p.Elapsed.TotalSeconds:0} s");
                    live.Refresh();
                }
            };
            summary = await crawler.RunAsync(cancellationToken);
        });
        return summary!;
    }
}
