using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Extractor.Normalization;
using Extractor.Output;
using Extractor.Storage.People;
using Microsoft.Data.Sqlite;

namespace Extractor.Storage.Indexing;

/// <summary>Writes one article record and its facts inside the caller's transaction, idempotently.</summary>
/// <remarks>
/// A source (its URL, else its source file) points at one article; an article is its text (SHA-256), so the same
/// text read from two places is one article with two sources. The same record indexed again changes nothing; a
/// changed record replaces the article's facts; an article no source points at any more is removed, and so is a
/// person no article shows any more.
/// </remarks>
internal sealed class ArticleIndexer(SqliteConnection connection, SqliteTransaction transaction, OfficeComparer offices)
{
    private const int ContextLimit = 320;

    public IndexOutcome Index(ArticleRecord record)
    {
        if (string.IsNullOrEmpty(record.Text))
        {
            return IndexOutcome.Skipped;
        }

        var sourceKey = string.IsNullOrWhiteSpace(record.Url) ? record.SourceFile : record.Url;
        var textHash = Hash(record.Text);
        // Hashed from the serializer's own UTF-8: the same bytes as encoding the JSON string, without building the string.
        var recordHash = Hash(JsonSerializer.SerializeToUtf8Bytes(record with { SourceFile = "", Url = null }, JsonLines.Options));

        var source = Sql.List(
            connection,
            transaction,
            "SELECT s.id, s.article_id, s.record_hash, a.text_hash FROM sources s JOIN articles a ON a.id = s.article_id WHERE s.source_key = $k",
            r => (Id: r.GetInt64(0), ArticleId: r.GetInt64(1), RecordHash: r.GetString(2), TextHash: r.GetString(3)),
            ("$k", sourceKey)).FirstOrDefault();
        var sourceExists = source.Id != 0;
        if (sourceExists && source.RecordHash == recordHash && source.TextHash == textHash)
        {
            return IndexOutcome.Unchanged;
        }

        var touchedPeople = new HashSet<long>();
        var article = Sql.List(
            connection,
            transaction,
            "SELECT id, record_hash FROM articles WHERE text_hash = $h",
            r => (Id: r.GetInt64(0), RecordHash: r.GetString(1)),
            ("$h", textHash)).FirstOrDefault();
        long articleId;
        if (article.Id == 0)
        {
            articleId = InsertArticle(record, textHash, recordHash);
            InsertFacts(articleId, record, touchedPeople);
        }
        else
        {
            articleId = article.Id;
            if (article.RecordHash != recordHash)
            {
                DeleteFacts(articleId, touchedPeople);
                UpdateArticle(articleId, record, recordHash);
                InsertFacts(articleId, record, touchedPeople);
            }
        }

        Sql.Execute(
            connection,
            transaction,
            """
            INSERT INTO sources (article_id, source_key, source_file, url, record_hash) VALUES ($a, $k, $f, $u, $r)
            ON CONFLICT (source_key) DO UPDATE SET article_id = excluded.article_id, source_file = excluded.source_file,
                url = excluded.url, record_hash = excluded.record_hash
            """,
            ("$a", articleId),
            ("$k", sourceKey),
            ("$f", record.SourceFile),
            ("$u", record.Url),
            ("$r", recordHash));

        if (sourceExists && source.ArticleId != articleId)
        {
            RemoveIfOrphan(source.ArticleId, touchedPeople);
        }

        RefreshPeople(touchedPeople);
        return sourceExists ? IndexOutcome.Updated : IndexOutcome.Added;
    }

    private long InsertArticle(ArticleRecord record, string textHash, string recordHash)
    {
        var id = Sql.Insert(
            connection,
            transaction,
            """
            INSERT INTO articles (text_hash, record_hash, title, published, published_date, province, authors, text, errors)
            VALUES ($th, $rh, $t, $p, $d, $pr, $au, $x, $e)
            """,
            ("$th", textHash),
            ("$rh", recordHash),
            ("$t", record.Title),
            ("$p", record.Published),
            ("$d", DateOf(record.Published)),
            ("$pr", record.Province),
            ("$au", JsonSerializer.Serialize(record.Authors, JsonLines.Options)),
            ("$x", record.Text),
            ("$e", JsonSerializer.Serialize(record.Errors, JsonLines.Options)));
        InsertArticleSearch(id, record);
        return id;
    }

    private void UpdateArticle(long id, ArticleRecord record, string recordHash)
    {
        Sql.Execute(
            connection,
            transaction,
            """
            UPDATE articles SET record_hash = $rh, title = $t, published = $p, published_date = $d, province = $pr,
                authors = $au, errors = $e WHERE id = $id
            """,
            ("$id", id),
            ("$rh", recordHash),
            ("$t", record.Title),
            ("$p", record.Published),
            ("$d", DateOf(record.Published)),
            ("$pr", record.Province),
            ("$au", JsonSerializer.Serialize(record.Authors, JsonLines.Options)),
            ("$e", JsonSerializer.Serialize(record.Errors, JsonLines.Options)));
        Sql.Execute(connection, transaction, "DELETE FROM articles_fts WHERE rowid = $id", ("$id", id));
        InsertArticleSearch(id, record);
    }

    private void InsertArticleSearch(long id, ArticleRecord record) =>
        Sql.Execute(
            connection,
            transaction,
            "INSERT INTO articles_fts (rowid, title, body) VALUES ($id, $t, $b)",
            ("$id", id),
            ("$t", SearchKey.Of(record.Title)),
            ("$b", SearchKey.Of(record.Text)));

    private void InsertFacts(long articleId, ArticleRecord record, HashSet<long> touchedPeople)
    {
        var date = DateOf(record.Published);
        var resolver = new PersonResolver(connection, transaction, offices);
        foreach (var official in record.Officials)
        {
            if (string.IsNullOrWhiteSpace(official.Name))
            {
                continue;
            }

            var titles = official.Titles.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
            var keys = titles.Select(offices.Canonical).ToList();
            var personId = resolver.Resolve(official.Name, keys, record.Province);
            touchedPeople.Add(personId);
            Sql.Execute(
                connection,
                transaction,
                "INSERT INTO appearances (person_id, article_id, name, mentions) VALUES ($p, $a, $n, $m)",
                ("$p", personId),
                ("$a", articleId),
                ("$n", official.Name),
                ("$m", JsonSerializer.Serialize(official.Mentions.Select(m => new[] { m.Start, m.End }))));
            if (!string.IsNullOrWhiteSpace(record.Province))
            {
                Sql.Execute(
                    connection,
                    transaction,
                    """
                    INSERT INTO person_provinces (person_id, province, appearances) VALUES ($p, $pr, 1)
                    ON CONFLICT (person_id, province) DO UPDATE SET appearances = appearances + 1
                    """,
                    ("$p", personId),
                    ("$pr", record.Province));
            }

            for (var i = 0; i < titles.Count; i++)
            {
                Sql.Execute(
                    connection,
                    transaction,
                    "INSERT INTO title_holdings (person_id, article_id, title, title_key, seen_on, ordinal) VALUES ($p, $a, $t, $k, $d, $o)",
                    ("$p", personId),
                    ("$a", articleId),
                    ("$t", titles[i]),
                    ("$k", keys[i]),
                    ("$d", date),
                    ("$o", i));
                Sql.Execute(
                    connection,
                    transaction,
                    """
                    INSERT INTO person_titles (person_id, title_key, title, holdings) VALUES ($p, $k, $t, 1)
                    ON CONFLICT (person_id, title_key, title) DO UPDATE SET holdings = holdings + 1
                    """,
                    ("$p", personId),
                    ("$k", keys[i]),
                    ("$t", titles[i]));
            }
        }

        foreach (var figure in record.Figures)
        {
            var context = Context(record.Text, figure.Start, figure.End, figure.Text);
            var id = Sql.Insert(
                connection,
                transaction,
                """
                INSERT INTO figures (article_id, text, value, value_text, of, unit, unit_key, qualifier, kind, context, start, "end")
                VALUES ($a, $t, $v, $vt, $of, $u, $uk, $q, $k, $c, $s, $e)
                """,
                ("$a", articleId),
                ("$t", figure.Text),
                ("$v", (double)figure.Value),
                ("$vt", figure.Value.ToString(CultureInfo.InvariantCulture)),
                ("$of", figure.Of is { } of ? (double)of : null),
                ("$u", figure.Unit),
                ("$uk", figure.Unit is null ? null : SearchKey.Of(figure.Unit)),
                ("$q", figure.Qualifier),
                ("$k", figure.Kind),
                ("$c", context),
                ("$s", figure.Start),
                ("$e", figure.End));
            Sql.Execute(
                connection,
                transaction,
                "INSERT INTO figures_fts (rowid, body) VALUES ($id, $b)",
                ("$id", id),
                ("$b", SearchKey.Of($"{figure.Text} {figure.Unit} {context} {record.Province}")));
        }

        foreach (var reported in record.Events)
        {
            var id = Sql.Insert(
                connection,
                transaction,
                """
                INSERT INTO events (article_id, kind, name, date, organizer, participants, place, start, "end")
                VALUES ($a, $k, $n, $d, $o, $p, $pl, $s, $e)
                """,
                ("$a", articleId),
                ("$k", reported.Kind),
                ("$n", reported.Name),
                ("$d", DateOf(reported.Date)),
                ("$o", reported.Organizer),
                ("$p", JsonSerializer.Serialize(reported.Participants, JsonLines.Options)),
                ("$pl", reported.Place),
                ("$s", reported.Start),
                ("$e", reported.End));
            Sql.Execute(
                connection,
                transaction,
                "INSERT INTO events_fts (rowid, body) VALUES ($id, $b)",
                ("$id", id),
                ("$b", SearchKey.Of($"{reported.Kind} {reported.Name} {reported.Organizer} {string.Join(' ', reported.Participants)} {reported.Place} {record.Province}")));
        }
    }

    private void DeleteFacts(long articleId, HashSet<long> touchedPeople)
    {
        touchedPeople.UnionWith(Sql.List(connection, transaction, "SELECT DISTINCT person_id FROM appearances WHERE article_id = $a", r => r.GetInt64(0), ("$a", articleId)));
        Sql.Execute(connection, transaction, "DELETE FROM figures_fts WHERE rowid IN (SELECT id FROM figures WHERE article_id = $a)", ("$a", articleId));
        Sql.Execute(connection, transaction, "DELETE FROM events_fts WHERE rowid IN (SELECT id FROM events WHERE article_id = $a)", ("$a", articleId));
        ForgetSummaries(articleId);
        foreach (var table in (string[])["title_holdings", "appearances", "figures", "events"])
        {
            Sql.Execute(connection, transaction, $"DELETE FROM {table} WHERE article_id = $a", ("$a", articleId));
        }
    }

    /// <summary>Takes an article's holdings and appearances out of the per-person summaries before its facts go.</summary>
    /// <remarks>The summaries keep resolving a person cheap however many articles show them (a prime minister in
    /// fifty thousand articles): the resolver reads a few summary rows instead of every appearance.</remarks>
    private void ForgetSummaries(long articleId)
    {
        Sql.Execute(
            connection,
            transaction,
            """
            UPDATE person_titles SET holdings = holdings - (
                SELECT COUNT(*) FROM title_holdings th WHERE th.article_id = $a AND th.person_id = person_titles.person_id
                    AND th.title_key = person_titles.title_key AND th.title = person_titles.title)
            WHERE person_id IN (SELECT person_id FROM title_holdings WHERE article_id = $a)
            """,
            ("$a", articleId));
        Sql.Execute(
            connection,
            transaction,
            "DELETE FROM person_titles WHERE holdings <= 0 AND person_id IN (SELECT person_id FROM title_holdings WHERE article_id = $a)",
            ("$a", articleId));
        Sql.Execute(
            connection,
            transaction,
            """
            UPDATE person_provinces SET appearances = appearances - (
                SELECT COUNT(*) FROM appearances ap WHERE ap.article_id = $a AND ap.person_id = person_provinces.person_id)
            WHERE province = (SELECT province FROM articles WHERE id = $a)
                AND person_id IN (SELECT person_id FROM appearances WHERE article_id = $a)
            """,
            ("$a", articleId));
        Sql.Execute(
            connection,
            transaction,
            "DELETE FROM person_provinces WHERE appearances <= 0 AND person_id IN (SELECT person_id FROM appearances WHERE article_id = $a)",
            ("$a", articleId));
    }

    private void RemoveIfOrphan(long articleId, HashSet<long> touchedPeople)
    {
        var sources = Sql.Scalar<long>(connection, transaction, "SELECT COUNT(*) FROM sources WHERE article_id = $a", ("$a", articleId));
        if (sources > 0)
        {
            return;
        }

        DeleteFacts(articleId, touchedPeople);
        Sql.Execute(connection, transaction, "DELETE FROM articles_fts WHERE rowid = $a", ("$a", articleId));
        Sql.Execute(connection, transaction, "DELETE FROM articles WHERE id = $a", ("$a", articleId));
    }

    /// <summary>Drops people no article shows any more and rewrites the search text of the others (name and titles).</summary>
    private void RefreshPeople(HashSet<long> people)
    {
        foreach (var id in people)
        {
            Sql.Execute(connection, transaction, "DELETE FROM people_fts WHERE rowid = $p", ("$p", id));
            var appearances = Sql.Scalar<long>(connection, transaction, "SELECT EXISTS (SELECT 1 FROM appearances WHERE person_id = $p)", ("$p", id));
            if (appearances == 0)
            {
                Sql.Execute(connection, transaction, "DELETE FROM person_titles WHERE person_id = $p", ("$p", id));
                Sql.Execute(connection, transaction, "DELETE FROM person_provinces WHERE person_id = $p", ("$p", id));
                Sql.Execute(connection, transaction, "DELETE FROM people WHERE id = $p", ("$p", id));
                continue;
            }

            var name = Sql.Scalar<string>(connection, transaction, "SELECT name FROM people WHERE id = $p", ("$p", id));
            var titles = Sql.List(connection, transaction, "SELECT DISTINCT title FROM person_titles WHERE person_id = $p ORDER BY title", r => r.GetString(0), ("$p", id));
            Sql.Execute(
                connection,
                transaction,
                "INSERT INTO people_fts (rowid, body) VALUES ($p, $b)",
                ("$p", id),
                ("$b", SearchKey.Of($"{name} {string.Join(' ', titles)}")));
        }
    }

    /// <summary>The sentence around a span, so a figure can be read (and searched) with what it counts.</summary>
    internal static string Context(string text, int start, int end, string fallback)
    {
        if (start < 0 || end > text.Length || start >= end)
        {
            return fallback;
        }

        var from = start;
        while (from > 0 && start - from < ContextLimit && !IsSentenceEnd(text, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < ContextLimit && !IsSentenceEnd(text, to))
        {
            to++;
        }

        if (to < text.Length && text[to] != '\n')
        {
            to++;
        }

        return text[from..to].Trim();
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (c is '\n' or '!' or '?' or ';')
        {
            return true;
        }

        // "1.600" and "81,01" are numbers, not sentence ends.
        return c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));
    }

    /// <summary>The calendar day of an ISO 8601 date or date-time, or null when the string is not one.</summary>
    internal static string? DateOf(string? iso) =>
        iso is { Length: >= 10 } && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static string Hash(string text)
    {
        // Encoded into a pooled buffer: every record's text passes here.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            return Hash(buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest);
    }
}
