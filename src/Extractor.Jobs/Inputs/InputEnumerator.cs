namespace Extractor.Jobs.Inputs;

/// <summary>Expands the paths a user gives into article files, in a stable order, counting what it skips.</summary>
/// <remarks>
/// Directories are walked recursively in ordinal order so runs are reproducible; only article files are
/// taken (.txt, .html, .htm, .warc, .warc.gz). Files named explicitly are always taken.
/// </remarks>
public sealed class InputEnumerator
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", ".xhtml", ".warc", ".warc.gz"];

    public int Skipped { get; private set; }

    public IReadOnlyList<string> SkippedExamples => _skippedExamples;

    private readonly List<string> _skippedExamples = [];

    /// <exception cref="InputNotFoundException">A path does not exist.</exception>
    public IReadOnlyList<InputFile> Enumerate(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        foreach (var path in list)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new InputNotFoundException(path);
            }
        }

        var result = new List<InputFile>();
        foreach (var path in list)
        {
            if (File.Exists(path))
            {
                result.Add(new InputFile(path, Path.GetFullPath(path)));
                continue;
            }

            var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = System.IO.FileAttributes.Hidden | System.IO.FileAttributes.System,
            }).Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (IsArticleFile(file))
                {
                    result.Add(new InputFile(file, Path.GetFullPath(file)));
                }
                else
                {
                    Skipped++;
                    if (_skippedExamples.Count < 5)
                    {
                        _skippedExamples.Add(file);
                    }
                }
            }
        }

        return result;
    }

    public static bool IsArticleFile(string path) =>
        ArticleExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    public static InputFormat FormatOf(string path)
    {
        if (path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Warc;
        }

        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }

        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.JsonLines;
        }

        return InputFormat.Text;
    }
}
