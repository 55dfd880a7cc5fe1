using Extractor.Documents;
using Extractor.Jobs.Inputs;
using Extractor.Output;
using NodaTime.Text;

namespace Extractor.Jobs.Extract;

/// <summary>Turns input files into a lazy, deterministic sequence of work items: one per file, per WARC record, per JSON Lines record.</summary>
/// <remarks>
/// Reading a plain file happens on the worker, so HTML parsing runs in parallel. A WARC is walked here, record by
/// record, so a large archive never sits in memory; a JSON Lines file is streamed line by line.
/// </remarks>
internal sealed class WorkPlanner(ArticleReader reader, Func<ArticleDocument, CancellationToken, ArticleRecord> process)
{
    public IEnumerable<WorkItem> Plan(IEnumerable<InputFile> inputs)
    {
        foreach (var input in inputs)
        {
            var items = InputEnumerator.FormatOf(input.FullPath) switch
            {
                InputFormat.JsonLines => JsonLinesItems(input),
                InputFormat.Warc => WarcItems(input),
                _ => [FileItem(input)],
            };
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    /// <summary>How many work items an input gives, when it can be told cheaply; null for archives.</summary>
    public static long? CountItems(InputFile input)
    {
        switch (InputEnumerator.FormatOf(input.FullPath))
        {
            case InputFormat.Warc:
                return null;
            case InputFormat.JsonLines:
                try
                {
                    return File.ReadLines(input.FullPath).LongCount(line => !string.IsNullOrWhiteSpace(line));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return 1;
                }

            default:
                return 1;
        }
    }

    private WorkItem FileItem(InputFile input) => new(input.DisplayPath, token =>
    {
        var records = new List<ArticleRecord>(1);
        foreach (var document in reader.Read(input))
        {
            records.Add(process(document, token));
        }

        return records;
    });

    private IEnumerable<WorkItem> WarcItems(InputFile input)
    {
        IEnumerator<ArticleDocument>? documents = null;
        string? failure = null;
        try
        {
            documents = reader.Read(input).GetEnumerator();
        }
        catch (Exception ex)
        {
            failure = $"{input.DisplayPath}: cannot read archive: {ex.Message}";
        }

        if (documents is null)
        {
            yield return Failed(input.DisplayPath, failure!);
            yield break;
        }

        using (documents)
        {
            while (true)
            {
                ArticleDocument? document = null;
                try
                {
                    if (documents.MoveNext())
                    {
                        document = documents.Current;
                    }
                }
                catch (Exception ex)
                {
                    failure = $"{input.DisplayPath}: archive unreadable past this point: {ex.GetType().Name}: {ex.Message}";
                }

                if (document is null)
                {
                    break;
                }

                var taken = document;
                yield return new WorkItem(taken.Source.SourceFile, token => [process(taken, token)]);
            }
        }

        if (failure is not null)
        {
            yield return Failed(input.DisplayPath, failure);
        }
    }

    private IEnumerable<WorkItem> JsonLinesItems(InputFile input)
    {
        IEnumerator<string>? lines = null;
        string? failure = null;
        try
        {
            lines = File.ReadLines(input.FullPath).GetEnumerator();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failure = $"{input.DisplayPath}: cannot read: {ex.Message}";
        }

        if (lines is null)
        {
            yield return Failed(input.DisplayPath, failure!);
            yield break;
        }

        using (lines)
        {
            var number = 0;
            while (true)
            {
                string? line = null;
                try
                {
                    if (lines.MoveNext())
                    {
                        line = lines.Current;
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failure = $"{input.DisplayPath}: unreadable after line {number}: {ex.Message}";
                }

                if (line is null)
                {
                    break;
                }

                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var label = $"{input.DisplayPath}:{number}";
                var text = line;
                yield return new WorkItem(label, token => [FromJsonLine(label, text, token)]);
            }
        }

        if (failure is not null)
        {
            yield return Failed(input.DisplayPath, failure);
        }
    }

    private ArticleRecord FromJsonLine(string label, string line, CancellationToken token)
    {
        ArticleRecord? earlier;
        try
        {
            earlier = JsonLines.Deserialize(line);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return ArticleRecordMapper.Failed(label, $"{label}: not an article record: {ex.Message}");
        }

        if (earlier is null)
        {
            return ArticleRecordMapper.Failed(label, $"{label}: not an article record (null)");
        }

        var document = new ArticleDocument
        {
            Source = new ArticleSource
            {
                SourceFile = earlier.SourceFile ?? label,
                Url = earlier.Url,
                Title = earlier.Title,
                Published = ParsePublished(earlier.Published),
                Province = earlier.Province,
            },
            Text = earlier.Text ?? "",
        };
        return process(document, token);
    }

    /// <summary>Reads back an output record's "published" ("2024-03-12T14:20:00+07:00" or "2024-03-12").</summary>
    internal static PublicationTime? ParsePublished(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 10)
        {
            return null;
        }

        var date = LocalDatePattern.Iso.Parse(value[..10]);
        if (!date.Success)
        {
            return null;
        }

        if (value.Length >= 19 && value[10] == 'T')
        {
            var time = LocalTimePattern.ExtendedIso.Parse(value[11..19]);
            if (time.Success)
            {
                return new PublicationTime(date.Value, time.Value);
            }
        }

        return new PublicationTime(date.Value, null);
    }

    private static WorkItem Failed(string label, string error) => new(label, _ => [ArticleRecordMapper.Failed(label, error)]);
}
