using System.Collections.Concurrent;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Extractor.Html.Content;

namespace Extractor.Html.Evaluation;

/// <summary>Scores body extraction on trafilatura's evaluation set (evaldata.json + pages), read from its folder or straight from the .tar.gz.</summary>
/// <remarks>
/// As trafilatura computes it, over all pages together: a "with" snippet found in the body is a true positive, one missing a
/// false negative; a "without" snippet found is a false positive, one absent a true negative. Text is compared after NFC
/// and whitespace folding. The headline is not part of the body.
/// </remarks>
public static class SnippetBenchmark
{
    /// <exception cref="FileNotFoundException">No evaldata.json at <paramref name="path"/>.</exception>
    public static SnippetBenchmarkReport Run(string path, HtmlArticleExtractor extractor, int jobs = 1, CancellationToken cancellationToken = default)
    {
        var (index, pages) = Load(path);
        var results = new ConcurrentBag<(int Tp, int Fp, int Fn, int Tn, long Ticks, SnippetPageResult? Detail)>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellationToken };
        Parallel.ForEach(index, options, entry =>
        {
            if (!pages.TryGetValue(entry.File, out var bytes))
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            var article = extractor.Read(bytes, new HtmlPageHints { Url = entry.Url });
            var ticks = clock.ElapsedTicks;
            var body = Normalize(article.Body);
            var missed = entry.With.Where(s => !body.Contains(Normalize(s), StringComparison.Ordinal)).ToList();
            var extra = entry.Without.Where(s => body.Contains(Normalize(s), StringComparison.Ordinal)).ToList();
            var detail = missed.Count + extra.Count > 0 ? new SnippetPageResult(entry.File, entry.Url, missed, extra) : null;
            results.Add((entry.With.Count - missed.Count, extra.Count, missed.Count, entry.Without.Count - extra.Count, ticks, detail));
        });

        var all = results.ToList();
        return new SnippetBenchmarkReport
        {
            Pages = all.Count,
            TruePositives = all.Sum(r => r.Tp),
            FalsePositives = all.Sum(r => r.Fp),
            FalseNegatives = all.Sum(r => r.Fn),
            TrueNegatives = all.Sum(r => r.Tn),
            MillisecondsPerPage = all.Count == 0 ? 0 : all.Sum(r => r.Ticks) * 1000.0 / Stopwatch.Frequency / all.Count,
            Details = all.Where(r => r.Detail is not null).Select(r => r.Detail!).OrderBy(d => d.File, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>NFC and whitespace folding, as the benchmark compares text.</summary>
    public static string Normalize(string text) => TextFolding.Fold(text.Normalize(NormalizationForm.FormC));

    private static (List<Entry> Index, Dictionary<string, byte[]> Pages) Load(string path)
    {
        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        byte[]? evaldata = null;
        if (Directory.Exists(path))
        {
            var json = Directory.GetFiles(path, "evaldata.json", SearchOption.AllDirectories).FirstOrDefault()
                ?? throw new FileNotFoundException($"no evaldata.json under {path}");
            evaldata = File.ReadAllBytes(json);
            foreach (var file in Directory.GetFiles(path, "*.htm*", SearchOption.AllDirectories))
            {
                pages[Path.GetFileName(file)] = File.ReadAllBytes(file);
            }
        }
        else if (File.Exists(path))
        {
            using var stream = File.OpenRead(path);
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null || entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    continue;
                }

                using var buffer = new MemoryStream();
                entry.DataStream.CopyTo(buffer);
                var name = Path.GetFileName(entry.Name);
                if (name == "evaldata.json")
                {
                    evaldata = buffer.ToArray();
                }
                else
                {
                    pages[name] = buffer.ToArray();
                }
            }
        }

        if (evaldata is null)
        {
            throw new FileNotFoundException($"no evaldata.json in {path}");
        }

        var index = new List<Entry>();
        using var document = JsonDocument.Parse(evaldata);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var value = property.Value;
            if (!value.TryGetProperty("file", out var file))
            {
                continue;
            }

            index.Add(new Entry(property.Name, file.GetString() ?? "", Strings(value, "with"), Strings(value, "without")));
        }

        return (index, pages);
    }

    private static List<string> Strings(JsonElement value, string name) =>
        value.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(s => s.Length > 0).ToList()
            : [];

    private sealed record Entry(string Url, string File, List<string> With, List<string> Without);
}
