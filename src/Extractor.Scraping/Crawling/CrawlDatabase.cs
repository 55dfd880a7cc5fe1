using System.Globalization;
using Extractor.Scraping.Discovery;
using Extractor.Scraping.Warc;
using Microsoft.Data.Sqlite;

namespace Extractor.Scraping.Crawling;

/// <summary>The crawl's memory in SQLite inside the crawl folder: frontier, visited set, validators, content hashes, WARC offsets, host pacing and robots.txt.</summary>
/// <remarks>
/// One connection in WAL mode, every call under one lock. A page is settled (state, links found, WARC offset, the
/// file's committed length) in one transaction after its records are in the WARC file, so a kill between the two
/// leaves records past the committed length, which <see cref="Crawler"/> recovers on the next start.
/// </remarks>
internal sealed class CrawlDatabase : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly Lock _lock = new();

    public CrawlDatabase(string path)
    {
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _db.Open();
        Execute("""
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=NORMAL;
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS urls(
              id INTEGER PRIMARY KEY,
              url TEXT NOT NULL UNIQUE,
              host TEXT NOT NULL,
              kind INTEGER NOT NULL,
              state INTEGER NOT NULL DEFAULT 0,
              priority INTEGER NOT NULL,
              depth INTEGER NOT NULL DEFAULT 0,
              redirects INTEGER NOT NULL DEFAULT 0,
              parent TEXT,
              not_before INTEGER NOT NULL DEFAULT 0,
              generation INTEGER NOT NULL DEFAULT 0,
              status INTEGER,
              etag TEXT,
              last_modified TEXT,
              content_hash TEXT,
              warc_file TEXT,
              warc_offset INTEGER,
              warc_length INTEGER,
              fetched_at TEXT,
              source_date TEXT,
              error TEXT);
            CREATE INDEX IF NOT EXISTS urls_frontier ON urls(state, host, priority, id);
            CREATE TABLE IF NOT EXISTS hashes(hash TEXT PRIMARY KEY, url TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS warc_files(name TEXT PRIMARY KEY, committed INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE IF NOT EXISTS hosts(host TEXT PRIMARY KEY, last_request INTEGER NOT NULL DEFAULT 0,
              robots TEXT, robots_status INTEGER, robots_fetched INTEGER);
            """);
    }

    public long Generation { get; private set; } = 1;

    /// <summary>
    /// Starts a run: a folder whose frontier is empty (a finished crawl) begins a new pass that asks the hub pages
    /// (start pages, listings, sitemaps, feeds, other pages), and unless told otherwise the archived articles, again with
    /// conditional GETs (an unchanged page answers 304 and is not archived again), and retries the failed addresses.
    /// </summary>
    public void BeginRun(bool recheckArticles = true)
    {
        lock (_lock)
        {
            Generation = long.Parse(Meta("generation") ?? "1", CultureInfo.InvariantCulture);
            var queued = Scalar("SELECT COUNT(*) FROM urls WHERE state=0");
            var settled = Scalar("SELECT COUNT(*) FROM urls WHERE state<>0");
            if (queued == 0 && settled > 0)
            {
                Generation++;
                var articles = recheckArticles ? "" : $" AND kind<>{(int)PageKind.Article}";
                Execute($"UPDATE urls SET state=0, not_before=0 WHERE (state=1 AND kind<>{(int)PageKind.Robots}{articles} AND (status IS NULL OR status<300 OR status=304)) OR state=2");
            }

            SetMeta("generation", Generation.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Adds an address to the frontier unless it is known; true when added.</summary>
    public bool Enqueue(Uri url, PageKind kind, int priority, int depth, int redirects, string? parent, DateTimeOffset? sourceDate, UrlState state = UrlState.Queued)
    {
        lock (_lock)
        {
            return EnqueueCore(url, kind, priority, depth, redirects, parent, sourceDate, state);
        }
    }

    /// <summary>True when the address is in the database at all (queued or settled).</summary>
    public bool Knows(string url)
    {
        lock (_lock)
        {
            return Scalar("SELECT COUNT(*) FROM urls WHERE url=$u", ("$u", url)) > 0;
        }
    }

    public UrlState? StateOf(string url)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT state FROM urls WHERE url=$u", ("$u", url));
            return cmd.ExecuteScalar() is long s ? (UrlState)s : null;
        }
    }

    /// <summary>The next queued address of a host that may be fetched now: redirects first, then by priority, then in discovery order.</summary>
    public FrontierEntry? Next(string host, long nowMs)
    {
        lock (_lock)
        {
            using var cmd = Command(
                "SELECT id, url, kind, depth, redirects, etag, last_modified, generation, source_date FROM urls WHERE state=0 AND host=$h AND not_before<=$now ORDER BY priority, id LIMIT 1",
                ("$h", host), ("$now", nowMs));
            using var r = cmd.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }

            return new FrontierEntry(
                r.GetInt64(0), new Uri(r.GetString(1)), (PageKind)r.GetInt32(2), r.GetInt32(3), r.GetInt32(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt64(7),
                r.IsDBNull(8) ? null : DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture));
        }
    }

    /// <summary>When the host's earliest deferred address may be fetched (unix ms), or null when it has nothing queued.</summary>
    public long? EarliestQueued(string host)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT MIN(not_before) FROM urls WHERE state=0 AND host=$h", ("$h", host));
            return cmd.ExecuteScalar() is long v ? v : null;
        }
    }

    public IReadOnlyList<string> HostsWithQueued()
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT DISTINCT host FROM urls WHERE state=0");
            using var r = cmd.ExecuteReader();
            var hosts = new List<string>();
            while (r.Read())
            {
                hosts.Add(r.GetString(0));
            }

            return hosts;
        }
    }

    public int CountQueued()
    {
        lock (_lock)
        {
            return (int)Scalar("SELECT COUNT(*) FROM urls WHERE state=0");
        }
    }

    public Dictionary<string, int> QueuedByHost()
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT host, COUNT(*) FROM urls WHERE state=0 GROUP BY host");
            using var r = cmd.ExecuteReader();
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            while (r.Read())
            {
                result[r.GetString(0)] = r.GetInt32(1);
            }

            return result;
        }
    }

    /// <summary>Pages fetched in this pass (for the page limit): those settled in the current generation with a response.</summary>
    public int FetchedThisGeneration()
    {
        lock (_lock)
        {
            return (int)Scalar($"SELECT COUNT(*) FROM urls WHERE generation=$g AND status IS NOT NULL AND kind<>{(int)PageKind.Robots}", ("$g", Generation));
        }
    }

    public void Defer(long id, long notBeforeMs, string? error)
    {
        lock (_lock)
        {
            Execute("UPDATE urls SET not_before=$n, error=$e WHERE id=$id", ("$n", notBeforeMs), ("$e", error), ("$id", id));
        }
    }

    /// <summary>Settles an address without archiving (disallowed, skipped, failed, not modified).</summary>
    public void Settle(long id, UrlState state, int? status, string? error)
    {
        lock (_lock)
        {
            Execute(
                "UPDATE urls SET state=$s, status=COALESCE($st, status), error=$e, generation=$g, fetched_at=$t WHERE id=$id",
                ("$s", (int)state), ("$st", status), ("$e", error), ("$g", Generation), ("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("$id", id));
        }
    }

    /// <summary>Settles a fetched page in one transaction: its state and validators, where it was archived, its content hash, the links it gave, and the WARC file's committed length.</summary>
    public void SettleFetched(SettledPage page)
    {
        lock (_lock)
        {
            using var tx = _db.BeginTransaction();
            Execute(
                """
                UPDATE urls SET state=$s, status=$st, kind=$k, etag=$etag, last_modified=$lm, content_hash=$h, warc_file=$wf, warc_offset=$wo, warc_length=$wl,
                  generation=$g, fetched_at=$t, error=$e WHERE url=$u
                """,
                ("$s", (int)page.State), ("$st", page.Status), ("$k", (int)page.Kind), ("$etag", page.ETag), ("$lm", page.LastModified), ("$h", page.ContentHash),
                ("$wf", page.Location?.FileName), ("$wo", page.Location?.Offset), ("$wl", page.Location?.Length), ("$g", Generation),
                ("$t", page.FetchedAt.ToString("O", CultureInfo.InvariantCulture)), ("$e", page.Error), ("$u", page.Url));
            if (page.ContentHash is not null && page.State == UrlState.Done)
            {
                Execute("INSERT OR IGNORE INTO hashes(hash, url) VALUES($h, $u)", ("$h", page.ContentHash), ("$u", page.Url));
            }

            foreach (var alias in page.Aliases)
            {
                // Another address of the same page: known from now on, never fetched.
                if (!EnqueueCore(alias, page.Kind, 9, 0, 0, page.Url, null, UrlState.Duplicate))
                {
                    Execute("UPDATE urls SET state=$s, generation=$g WHERE url=$u AND state=0", ("$s", (int)UrlState.Duplicate), ("$g", Generation), ("$u", alias.AbsoluteUri));
                }
            }

            foreach (var link in page.Links)
            {
                EnqueueCore(link.Url, link.Kind, link.Priority, link.Depth, link.Redirects, page.Url, link.Date, UrlState.Queued);
            }

            if (page.Location is not null)
            {
                Execute(
                    "INSERT INTO warc_files(name, committed) VALUES($n, $c) ON CONFLICT(name) DO UPDATE SET committed=MAX(committed, $c)",
                    ("$n", page.Location.FileName), ("$c", page.CommittedLength));
            }

            tx.Commit();
        }
    }

    public string? UrlWithHash(string hash)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT url FROM hashes WHERE hash=$h", ("$h", hash));
            return cmd.ExecuteScalar() as string;
        }
    }

    public void AddWarcFile(string name)
    {
        lock (_lock)
        {
            Execute("INSERT OR IGNORE INTO warc_files(name, committed) VALUES($n, 0)", ("$n", name));
        }
    }

    public IReadOnlyList<(string Name, long Committed)> WarcFiles()
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT name, committed FROM warc_files ORDER BY name");
            using var r = cmd.ExecuteReader();
            var files = new List<(string, long)>();
            while (r.Read())
            {
                files.Add((r.GetString(0), r.GetInt64(1)));
            }

            return files;
        }
    }

    public void SetCommitted(string name, long committed)
    {
        lock (_lock)
        {
            Execute("INSERT INTO warc_files(name, committed) VALUES($n, $c) ON CONFLICT(name) DO UPDATE SET committed=$c", ("$n", name), ("$c", committed));
        }
    }

    public long LastRequest(string host)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT last_request FROM hosts WHERE host=$h", ("$h", host));
            return cmd.ExecuteScalar() is long v ? v : 0;
        }
    }

    public void SetLastRequest(string host, long ms)
    {
        lock (_lock)
        {
            Execute("INSERT INTO hosts(host, last_request) VALUES($h, $t) ON CONFLICT(host) DO UPDATE SET last_request=MAX(last_request, $t)", ("$h", host), ("$t", ms));
        }
    }

    public (string? Text, int Status, long FetchedMs)? Robots(string origin)
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT robots, robots_status, robots_fetched FROM hosts WHERE host=$h AND robots_fetched IS NOT NULL", ("$h", "robots:" + origin));
            using var r = cmd.ExecuteReader();
            return r.Read() ? (r.IsDBNull(0) ? null : r.GetString(0), r.GetInt32(1), r.GetInt64(2)) : null;
        }
    }

    public void SetRobots(string origin, string? text, int status, long fetchedMs)
    {
        lock (_lock)
        {
            Execute(
                "INSERT INTO hosts(host, robots, robots_status, robots_fetched) VALUES($h, $r, $s, $t) ON CONFLICT(host) DO UPDATE SET robots=$r, robots_status=$s, robots_fetched=$t",
                ("$h", "robots:" + origin), ("$r", text), ("$s", status), ("$t", fetchedMs));
        }
    }

    public Dictionary<UrlState, int> CountByState()
    {
        lock (_lock)
        {
            using var cmd = Command("SELECT state, COUNT(*) FROM urls GROUP BY state");
            using var r = cmd.ExecuteReader();
            var result = new Dictionary<UrlState, int>();
            while (r.Read())
            {
                result[(UrlState)r.GetInt32(0)] = r.GetInt32(1);
            }

            return result;
        }
    }

    public void Dispose()
    {
        _db.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private bool EnqueueCore(Uri url, PageKind kind, int priority, int depth, int redirects, string? parent, DateTimeOffset? sourceDate, UrlState state) =>
        Execute(
            "INSERT OR IGNORE INTO urls(url, host, kind, state, priority, depth, redirects, parent, generation, source_date) VALUES($u, $h, $k, $s, $p, $d, $r, $parent, $g, $sd)",
            ("$u", url.AbsoluteUri), ("$h", HostKey(url)), ("$k", (int)kind), ("$s", (int)state), ("$p", priority), ("$d", depth), ("$r", redirects),
            ("$parent", parent), ("$g", state == UrlState.Queued ? 0L : Generation), ("$sd", sourceDate?.ToString("O", CultureInfo.InvariantCulture))) > 0;

    /// <summary>The key a host is paced by: its name (ports of one machine share one pace).</summary>
    public static string HostKey(Uri url) => url.IdnHost.ToLowerInvariant();

    private string? Meta(string key)
    {
        using var cmd = Command("SELECT value FROM meta WHERE key=$k", ("$k", key));
        return cmd.ExecuteScalar() as string;
    }

    private void SetMeta(string key, string value) =>
        Execute("INSERT INTO meta(key, value) VALUES($k, $v) ON CONFLICT(key) DO UPDATE SET value=$v", ("$k", key), ("$v", value));

    private long Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        return Convert.ToInt64(cmd.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }
}
