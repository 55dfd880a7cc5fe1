using Microsoft.Data.Sqlite;

namespace Extractor.Storage.Schema;

/// <summary>The store's tables (documented in docs/storage.md); creating them is idempotent.</summary>
internal static class StoreSchema
{
    public const int Version = 2;

    /// <summary>FTS5 folds case and diacritics; the application has already folded "đ" to "d" (SearchKey), which unicode61 does not.</summary>
    private const string Tokenizer = "tokenize = \"unicode61 remove_diacritics 2\"";

    private static readonly string[] Statements =
    [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            text_hash TEXT NOT NULL UNIQUE,
            record_hash TEXT NOT NULL,
            title TEXT,
            published TEXT,
            published_date TEXT,
            province TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            text TEXT NOT NULL,
            errors TEXT NOT NULL DEFAULT '[]')
        """,
        "CREATE INDEX IF NOT EXISTS articles_published_date ON articles (published_date)",
        """
        CREATE TABLE IF NOT EXISTS sources (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            source_key TEXT NOT NULL UNIQUE,
            source_file TEXT NOT NULL,
            url TEXT,
            record_hash TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS sources_article ON sources (article_id)",
        """
        CREATE TABLE IF NOT EXISTS people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            name_form TEXT NOT NULL,
            province TEXT)
        """,
        "CREATE INDEX IF NOT EXISTS people_name_key ON people (name_key)",
        """
        CREATE TABLE IF NOT EXISTS appearances (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people (id),
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            mentions TEXT NOT NULL DEFAULT '[]')
        """,
        "CREATE INDEX IF NOT EXISTS appearances_person ON appearances (person_id)",
        "CREATE INDEX IF NOT EXISTS appearances_article ON appearances (article_id)",
        """
        CREATE TABLE IF NOT EXISTS title_holdings (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people (id),
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            title_key TEXT NOT NULL,
            seen_on TEXT,
            ordinal INTEGER NOT NULL,
            start INTEGER,
            "end" INTEGER)
        """,
        "CREATE INDEX IF NOT EXISTS title_holdings_person ON title_holdings (person_id, title_key)",
        "CREATE INDEX IF NOT EXISTS title_holdings_article ON title_holdings (article_id)",
        """
        CREATE TABLE IF NOT EXISTS person_titles (
            person_id INTEGER NOT NULL REFERENCES people (id),
            title_key TEXT NOT NULL,
            title TEXT NOT NULL,
            holdings INTEGER NOT NULL,
            PRIMARY KEY (person_id, title_key, title)) WITHOUT ROWID
        """,
        """
        CREATE TABLE IF NOT EXISTS person_provinces (
            person_id INTEGER NOT NULL REFERENCES people (id),
            province TEXT NOT NULL,
            appearances INTEGER NOT NULL,
            PRIMARY KEY (person_id, province)) WITHOUT ROWID
        """,
        """
        CREATE TABLE IF NOT EXISTS figures (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            value REAL NOT NULL,
            value_text TEXT NOT NULL,
            of REAL,
            unit TEXT,
            unit_key TEXT,
            qualifier TEXT,
            kind TEXT NOT NULL,
            context TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS figures_article ON figures (article_id)",
        """
        CREATE TABLE IF NOT EXISTS events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            date TEXT,
            organizer TEXT,
            participants TEXT NOT NULL DEFAULT '[]',
            place TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
        $"CREATE VIRTUAL TABLE IF NOT EXISTS people_fts USING fts5 (body, {Tokenizer})",
        $"CREATE VIRTUAL TABLE IF NOT EXISTS figures_fts USING fts5 (body, {Tokenizer})",
        $"CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5 (body, {Tokenizer})",
        $"CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (title, body, {Tokenizer})",
    ];

    public static void Ensure(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var sql in Statements)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        Backfill(connection, transaction);

        using (var version = connection.CreateCommand())
        {
            version.Transaction = transaction;
            version.CommandText = "INSERT INTO meta (key, value) VALUES ('schema_version', $v) ON CONFLICT (key) DO NOTHING";
            version.Parameters.AddWithValue("$v", Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            version.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>A store written before the per-person summaries existed gets them from its holdings and appearances.</summary>
    private static void Backfill(SqliteConnection connection, SqliteTransaction transaction)
    {
        string[] statements =
        [
            """
            INSERT INTO person_titles (person_id, title_key, title, holdings)
            SELECT person_id, title_key, title, COUNT(*) FROM title_holdings
            WHERE NOT EXISTS (SELECT 1 FROM person_titles) GROUP BY person_id, title_key, title
            """,
            """
            INSERT INTO person_provinces (person_id, province, appearances)
            SELECT ap.person_id, a.province, COUNT(*) FROM appearances ap JOIN articles a ON a.id = ap.article_id
            WHERE a.province IS NOT NULL AND NOT EXISTS (SELECT 1 FROM person_provinces) GROUP BY ap.person_id, a.province
            """,
        ];
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        using var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = "UPDATE meta SET value = $v WHERE key = 'schema_version' AND CAST(value AS INTEGER) < $n";
        version.Parameters.AddWithValue("$v", Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        version.Parameters.AddWithValue("$n", Version);
        version.ExecuteNonQuery();
    }
}
