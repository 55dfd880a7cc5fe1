using System.Globalization;
using System.Text.Json;
using Extractor.Normalization;
using Extractor.Storage.Indexing;
using Microsoft.Data.Sqlite;

namespace Extractor.Storage.Queries;

/// <summary>The read side of the store: parameterised queries that build the public result records.</summary>
internal sealed class StoreQueries(SqliteConnection connection)
{
    private const string SourceOf = "(SELECT COALESCE(s.url, s.source_file) FROM sources s WHERE s.article_id = a.id ORDER BY s.id LIMIT 1)";

    public List<PersonSummary> FindPeople(string? text, DateRange range, int limit)
    {
        var match = FtsQuery.From(text);
        var sql = $"""
            SELECT p.id, p.name, p.province, MIN(a.published_date), MAX(a.published_date), COUNT(DISTINCT ap.article_id)
            FROM people p
            JOIN appearances ap ON ap.person_id = p.id
            JOIN articles a ON a.id = ap.article_id
            {(match is null ? "" : "JOIN (SELECT rowid AS id, rank FROM people_fts WHERE people_fts MATCH $m) f ON f.id = p.id")}
            WHERE ($from IS NULL OR a.published_date >= $from) AND ($to IS NULL OR a.published_date <= $to)
            GROUP BY p.id
            ORDER BY {(match is null ? "" : "MIN(f.rank), ")}COUNT(DISTINCT ap.article_id) DESC, p.name, p.id
            LIMIT $limit
            """;
        var rows = Sql.List(
            connection,
            null,
            sql,
            r => (Id: r.GetInt64(0), Name: r.GetString(1), Province: r.NullableString(2), First: Day(r.NullableString(3)), Last: Day(r.NullableString(4)), Count: r.GetInt32(5)),
            ("$m", match),
            ("$from", range.FromIso),
            ("$to", range.ToIso),
            ("$limit", limit));
        return rows.Select(r => new PersonSummary(r.Id, r.Name, Titles(r.Id), r.Province, r.First, r.Last, r.Count)).ToList();
    }

    public PersonSummary? Person(long id)
    {
        var rows = Sql.List(
            connection,
            null,
            """
            SELECT p.id, p.name, p.province, MIN(a.published_date), MAX(a.published_date), COUNT(DISTINCT ap.article_id)
            FROM people p JOIN appearances ap ON ap.person_id = p.id JOIN articles a ON a.id = ap.article_id
            WHERE p.id = $id GROUP BY p.id
            """,
            r => new PersonSummary(r.GetInt64(0), r.GetString(1), [], r.NullableString(2), Day(r.NullableString(3)), Day(r.NullableString(4)), r.GetInt32(5)),
            ("$id", id));
        return rows.Count == 0 ? null : rows[0] with { Titles = Titles(id) };
    }

    public PersonProfile? Profile(long id)
    {
        if (Person(id) is not { } person)
        {
            return null;
        }

        var timeline = Sql.List(
            connection,
            null,
            """
            SELECT title, MIN(seen_on), MAX(seen_on), COUNT(DISTINCT article_id), MIN(id) AS first
            FROM title_holdings WHERE person_id = $p
            GROUP BY title_key
            ORDER BY MIN(seen_on) IS NULL, MIN(seen_on), MAX(seen_on), first
            """,
            r => new TitleHolding(r.GetString(0), Day(r.NullableString(1)), Day(r.NullableString(2)), r.GetInt32(3)),
            ("$p", id));
        var articles = Sql.List(
            connection,
            null,
            $"""
            SELECT a.id, a.title, a.published, a.province, {SourceOf}, MIN(ap.name)
            FROM appearances ap JOIN articles a ON a.id = ap.article_id
            WHERE ap.person_id = $p
            GROUP BY a.id
            ORDER BY a.published_date IS NULL, a.published_date DESC, a.id DESC
            """,
            r => (Article: ReadArticle(r), Name: r.GetString(5)),
            ("$p", id));
        var appearances = articles.Select(x => new PersonAppearance(
            x.Article,
            x.Name,
            Sql.List(
                connection,
                null,
                "SELECT title FROM title_holdings WHERE person_id = $p AND article_id = $a GROUP BY title_key ORDER BY MIN(id)",
                r => r.GetString(0),
                ("$p", id),
                ("$a", x.Article.Id)))).ToList();
        return new PersonProfile(person, timeline, appearances);
    }

    public List<FigureFact> FindFigures(FigureFilter filter)
    {
        var match = FtsQuery.From(filter.Text);
        var sql = $"""
            SELECT f.id, f.article_id, f.text, f.value_text, f.of, f.unit, f.qualifier, f.kind, a.published_date, a.province,
                   {SourceOf}, a.title, f.context, f.start, f."end"
            FROM figures f JOIN articles a ON a.id = f.article_id
            WHERE {(match is null ? "1 = 1" : "f.id IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH $m)")}
              AND ($province IS NULL OR a.province = $province)
              AND ($unit IS NULL OR f.unit_key = $unit)
              AND ($kind IS NULL OR f.kind = $kind)
              AND ($from IS NULL OR a.published_date >= $from) AND ($to IS NULL OR a.published_date <= $to)
            ORDER BY a.published_date IS NULL, a.published_date, f.article_id, f.start
            LIMIT $limit
            """;
        return Sql.List(
            connection,
            null,
            sql,
            r => new FigureFact(
                r.GetInt64(0),
                r.GetInt64(1),
                r.GetString(2),
                decimal.Parse(r.GetString(3), NumberStyles.Float, CultureInfo.InvariantCulture),
                r.IsDBNull(4) ? null : (decimal)r.GetDouble(4),
                r.NullableString(5),
                r.NullableString(6),
                r.GetString(7),
                Day(r.NullableString(8)),
                r.NullableString(9),
                r.GetString(10),
                r.NullableString(11),
                r.GetString(12),
                r.GetInt32(13),
                r.GetInt32(14)),
            ("$m", match),
            ("$province", string.IsNullOrWhiteSpace(filter.Province) ? null : filter.Province),
            ("$unit", string.IsNullOrWhiteSpace(filter.Unit) ? null : SearchKey.Of(filter.Unit)),
            ("$kind", string.IsNullOrWhiteSpace(filter.Kind) ? null : filter.Kind.Trim().ToLowerInvariant()),
            ("$from", filter.Range.FromIso),
            ("$to", filter.Range.ToIso),
            ("$limit", filter.Limit));
    }

    public List<EventFact> FindEvents(string? text, DateRange range, int limit)
    {
        var match = FtsQuery.From(text);
        var sql = $"""
            SELECT e.id, e.article_id, e.kind, e.name, COALESCE(e.date, a.published_date) AS day, e.organizer, e.participants, e.place,
                   a.province, {SourceOf}, e.start, e."end"
            FROM events e JOIN articles a ON a.id = e.article_id
            WHERE {(match is null ? "1 = 1" : "e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH $m)")}
              AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
            ORDER BY day IS NULL, day DESC, e.id
            LIMIT $limit
            """;
        return Sql.List(
            connection,
            null,
            sql,
            r => new EventFact(
                r.GetInt64(0),
                r.GetInt64(1),
                r.GetString(2),
                r.GetString(3),
                Day(r.NullableString(4)),
                r.NullableString(5),
                JsonSerializer.Deserialize<List<string>>(r.GetString(6)) ?? [],
                r.NullableString(7),
                r.NullableString(8),
                r.GetString(9),
                r.GetInt32(10),
                r.GetInt32(11)),
            ("$m", match),
            ("$from", range.FromIso),
            ("$to", range.ToIso),
            ("$limit", limit));
    }

    public List<ArticleSummary> FindArticles(string? text, DateRange range, int limit)
    {
        var match = FtsQuery.From(text);
        var sql = $"""
            SELECT a.id, a.title, a.published, a.province, {SourceOf}
            FROM articles a
            {(match is null ? "" : "JOIN (SELECT rowid AS id, rank FROM articles_fts WHERE articles_fts MATCH $m) f ON f.id = a.id")}
            WHERE ($from IS NULL OR a.published_date >= $from) AND ($to IS NULL OR a.published_date <= $to)
            ORDER BY {(match is null ? "" : "f.rank, ")}a.published_date IS NULL, a.published_date DESC, a.id
            LIMIT $limit
            """;
        return Sql.List(connection, null, sql, ReadArticle, ("$m", match), ("$from", range.FromIso), ("$to", range.ToIso), ("$limit", limit));
    }

    public ArticleView? Article(long id)
    {
        var rows = Sql.List(
            connection,
            null,
            $"SELECT a.id, a.title, a.published, a.province, {SourceOf}, a.authors, a.text FROM articles a WHERE a.id = $id",
            r => (Summary: ReadArticle(r), Authors: JsonSerializer.Deserialize<List<string>>(r.GetString(5)) ?? [], Text: r.GetString(6)),
            ("$id", id));
        if (rows.Count == 0)
        {
            return null;
        }

        var (summary, authors, text) = rows[0];
        var evidence = new List<EvidenceSpan>();
        var mentions = Sql.List(
            connection,
            null,
            "SELECT person_id, name, mentions FROM appearances WHERE article_id = $a ORDER BY id",
            r => (Person: r.GetInt64(0), Name: r.GetString(1), Spans: JsonSerializer.Deserialize<List<int[]>>(r.GetString(2)) ?? []),
            ("$a", id));
        foreach (var (person, name, spans) in mentions)
        {
            evidence.AddRange(spans.Where(s => s.Length == 2).Select(s => new EvidenceSpan(s[0], s[1], "official", name, person)));
        }

        evidence.AddRange(Sql.List(
            connection,
            null,
            "SELECT start, \"end\", text FROM figures WHERE article_id = $a",
            r => new EvidenceSpan(r.GetInt32(0), r.GetInt32(1), "figure", r.GetString(2)),
            ("$a", id)));
        evidence.AddRange(Sql.List(
            connection,
            null,
            "SELECT start, \"end\", name FROM events WHERE article_id = $a",
            r => new EvidenceSpan(r.GetInt32(0), r.GetInt32(1), "event", r.GetString(2)),
            ("$a", id)));
        var valid = evidence
            .Where(e => e.Start >= 0 && e.End <= text.Length && e.Start < e.End)
            .OrderBy(e => e.Start)
            .ThenByDescending(e => e.End)
            .ToList();
        var people = mentions.Select(m => m.Person).Distinct().Select(Person).OfType<PersonSummary>().ToList();
        var sources = Sql.List(connection, null, "SELECT COALESCE(url, source_file) FROM sources WHERE article_id = $a ORDER BY id", r => r.GetString(0), ("$a", id));
        return new ArticleView(summary, authors, text, valid, people, sources);
    }

    public StoreStatistics Statistics()
    {
        int Count(string table) => (int)Sql.Scalar<long>(connection, null, $"SELECT COUNT(*) FROM {table}");
        return new StoreStatistics(Count("articles"), Count("sources"), Count("people"), Count("figures"), Count("events"));
    }

    public List<string> Provinces() =>
        Sql.List(connection, null, "SELECT DISTINCT province FROM articles WHERE province IS NOT NULL ORDER BY province", r => r.GetString(0));

    public List<string> Units(int limit) =>
        Sql.List(
            connection,
            null,
            "SELECT unit FROM figures WHERE unit IS NOT NULL GROUP BY unit_key ORDER BY COUNT(*) DESC, unit LIMIT $limit",
            r => r.GetString(0),
            ("$limit", limit));

    private List<string> Titles(long personId) =>
        Sql.List(
            connection,
            null,
            "SELECT title FROM title_holdings WHERE person_id = $p GROUP BY title_key ORDER BY MIN(seen_on) IS NULL, MIN(seen_on), MIN(id)",
            r => r.GetString(0),
            ("$p", personId));

    private static ArticleSummary ReadArticle(SqliteDataReader r) =>
        new(r.GetInt64(0), r.NullableString(1), r.NullableString(2), r.NullableString(3), r.IsDBNull(4) ? "" : r.GetString(4));

    private static DateOnly? Day(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
