using System.Text.Json;
using Extractor.Output;

namespace Extractor.Storage.Indexing;

/// <summary>Indexes JSON Lines files of article records (the output of <c>extractor extract</c>) into a store.</summary>
/// <remarks>A line that is not a record is reported through <c>onError</c> and counted as failed; the run goes on.</remarks>
public static class JsonLinesIndexer
{
    /// <exception cref="FileNotFoundException">A file does not exist (checked before anything is written).</exception>
    public static IndexSummary IndexFiles(FactStore store, IReadOnlyList<string> paths, Action<string>? onError = null, int batchSize = 200)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"no such file: {path}", path);
            }
        }

        var summary = new IndexSummary(0, 0, 0, 0);
        var pending = 0;
        foreach (var path in paths)
        {
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    var record = JsonLines.Deserialize(line) ?? throw new JsonException("null record");
                    summary = summary.With(store.Index(record));
                }
                catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or Microsoft.Data.Sqlite.SqliteException)
                {
                    summary = summary with { Failed = summary.Failed + 1 };
                    onError?.Invoke($"{path}:{number}: {ex.Message}");
                }

                if (++pending >= batchSize)
                {
                    store.Commit();
                    pending = 0;
                }
            }
        }

        store.Commit();
        return summary;
    }
}
