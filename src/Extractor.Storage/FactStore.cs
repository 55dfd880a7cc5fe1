using Extractor.Output;
using Extractor.Storage.Indexing;
using Extractor.Storage.People;
using Extractor.Storage.Queries;
using Extractor.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace Extractor.Storage;

/// <summary>The facts store: a plain SQLite file of articles, people with their offices over time, figures and events, searchable without diacritics.</summary>
/// <remarks>
/// One instance holds one connection and is not thread-safe; open one per thread or request (opening is cheap).
/// Writes run in transactions under WAL, so readers (the web page) see whole articles only. The schema is in docs/storage.md.
/// </remarks>
public sealed class FactStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly StoreQueries _queries;
    private SqliteTransaction? _transaction;
    private int _pending;

    private FactStore(SqliteConnection connection, bool writable)
    {
        _connection = connection;
        IsWritable = writable;
        _queries = new StoreQueries(connection);
    }

    public bool IsWritable { get; }

    /// <summary>Opens (creating it when missing) a store to index into and to query.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder of <paramref name="path"/> does not exist.</exception>
    public static FactStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"the folder of the facts store does not exist: {folder}");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Pragma(connection, "PRAGMA journal_mode = WAL");
            Pragma(connection, "PRAGMA synchronous = NORMAL");
            Pragma(connection, "PRAGMA foreign_keys = ON");
            Pragma(connection, "PRAGMA busy_timeout = 5000");
            StoreSchema.Ensure(connection);
            return new FactStore(connection, writable: true);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing store for queries only; SQLite itself refuses any write.</summary>
    /// <exception cref="FileNotFoundException">No store at <paramref name="path"/>.</exception>
    public static FactStore OpenReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no facts store at {path} (build one with 'extractor index FILE.jsonl --db {path}')", path);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
        }.ToString());
        connection.Open();
        Pragma(connection, "PRAGMA busy_timeout = 5000");
        return new FactStore(connection, writable: false);
    }

    /// <summary>Stores one record and its facts (idempotent: the same record again changes nothing).</summary>
    /// <remarks>Runs in the current batch transaction; <see cref="Commit"/> (or <see cref="IndexAll"/>) makes it durable.</remarks>
    public IndexOutcome Index(ArticleRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        EnsureWritable();
        _transaction ??= _connection.BeginTransaction();
        var savepoint = $"record{_pending}";
        _transaction.Save(savepoint);
        try
        {
            var outcome = new ArticleIndexer(_connection, _transaction, OfficeComparer.Default).Index(record);
            _transaction.Release(savepoint);
            _pending++;
            return outcome;
        }
        catch
        {
            // One bad record must not lose the batch: undo just this record, then report it.
            _transaction.Rollback(savepoint);
            throw;
        }
    }

    /// <summary>Indexes many records, committing every <paramref name="batchSize"/> records and at the end.</summary>
    public IndexSummary IndexAll(IEnumerable<ArticleRecord> records, int batchSize = 200)
    {
        ArgumentNullException.ThrowIfNull(records);
        var summary = new IndexSummary(0, 0, 0, 0);
        foreach (var record in records)
        {
            summary = summary.With(Index(record));
            if (_pending >= batchSize)
            {
                Commit();
            }
        }

        Commit();
        return summary;
    }

    /// <summary>Commits the records indexed since the last commit.</summary>
    public void Commit()
    {
        if (_transaction is null)
        {
            return;
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = null;
        _pending = 0;
    }

    public IReadOnlyList<PersonSummary> FindPeople(string? text, DateRange range = default, int limit = 50) => _queries.FindPeople(text, range, Clamp(limit));

    public PersonProfile? GetPerson(long id) => _queries.Profile(id);

    public IReadOnlyList<FigureFact> FindFigures(FigureFilter filter) =>
        _queries.FindFigures((filter ?? throw new ArgumentNullException(nameof(filter))) with { Limit = Clamp(filter.Limit) });

    public IReadOnlyList<EventFact> FindEvents(string? text, DateRange range = default, int limit = 50) => _queries.FindEvents(text, range, Clamp(limit));

    public IReadOnlyList<ArticleSummary> FindArticles(string? text, DateRange range = default, int limit = 50) => _queries.FindArticles(text, range, Clamp(limit));

    public ArticleView? GetArticle(long id) => _queries.Article(id);

    /// <summary>One search box: people, figures, events and articles matching the words, diacritic-free; nothing for no words.</summary>
    public SearchResults Search(string? text, int limitPerGroup = 20)
    {
        if (FtsQuery.From(text) is null)
        {
            return new SearchResults([], [], [], []);
        }

        var limit = Clamp(limitPerGroup);
        return new SearchResults(
            _queries.FindPeople(text, default, limit),
            _queries.FindFigures(new FigureFilter { Text = text, Limit = limit }),
            _queries.FindEvents(text, default, limit),
            _queries.FindArticles(text, default, limit));
    }

    public StoreStatistics Statistics() => _queries.Statistics();

    /// <summary>The provinces articles are from, for filters.</summary>
    public IReadOnlyList<string> Provinces() => _queries.Provinces();

    /// <summary>The most frequent figure units, for filters.</summary>
    public IReadOnlyList<string> FigureUnits(int limit = 40) => _queries.Units(Clamp(limit));

    public void Dispose()
    {
        if (_transaction is not null)
        {
            Commit();
        }

        _connection.Dispose();
    }

    private void EnsureWritable()
    {
        if (!IsWritable)
        {
            throw new InvalidOperationException("This store was opened read-only.");
        }
    }

    private static int Clamp(int limit) => Math.Clamp(limit, 1, 10_000);

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
