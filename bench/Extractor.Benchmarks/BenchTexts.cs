using System.Text;

namespace Extractor.Benchmarks;

/// <summary>Benchmark articles made from the bundled sample texts in corpus/sample, or a real text named by EXTRACTOR_BENCH_TEXT.</summary>
internal static class BenchTexts
{
    public static string Article(int words)
    {
        if (Environment.GetEnvironmentVariable("EXTRACTOR_BENCH_TEXT") is { Length: > 0 } path)
        {
            return File.ReadAllText(path);
        }

        // The benchmarks may be built outside the tree (--artifacts-path): look above the working folder too.
        var root = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .Select(FindCorpusRoot).FirstOrDefault(r => r is not null) ?? ".";
        var texts = Directory.GetFiles(Path.Combine(root, "corpus", "sample"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var article = new StringBuilder(texts[0].TrimEnd());
        for (var i = 1; article.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < words; i++)
        {
            var paragraphs = texts[i % texts.Count].Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            article.Append("\n\n").AppendJoin("\n\n", paragraphs.Length > 3 ? paragraphs[2..^1] : paragraphs);
        }

        return article.ToString();
    }

    private static string? FindCorpusRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "corpus", "sample")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
