using System.Collections.Immutable;
using System.Text;
using Extractor.Documents;
using Extractor.Learning.Tagging;

namespace Extractor.Learning.Corpus;

/// <summary>Reads the training corpus's inline markup (<c>[PER Nguyễn Văn An]</c>, <c>{R …}</c>) into text plus spans.</summary>
/// <remarks>
/// A file holds articles, each opened by a line <c>### id</c>. Entity markup is <c>[TAG text]</c> with TAG one of
/// PER, TITLE, ORG, LOC, UNIT; event sentences are <c>{R text}</c> (reported) or <c>{P text}</c> (planned) and may
/// contain entity markup. Entities do not nest. Malformed markup throws <see cref="FormatException"/> naming the
/// file, article and offset, because a training corpus with a silent mistake trains a silently worse model.
/// </remarks>
public static class TrainingCorpusReader
{
    private static readonly Dictionary<string, EntityKind> Tags = new(StringComparer.Ordinal)
    {
        ["PER"] = EntityKind.Person,
        ["TITLE"] = EntityKind.Title,
        ["ORG"] = EntityKind.Organization,
        ["LOC"] = EntityKind.Location,
        ["UNIT"] = EntityKind.Unit,
    };

    /// <summary>Every article of every <c>*.txt</c> file under <paramref name="directory"/>, in ordinal path order.</summary>
    public static IReadOnlyList<AnnotatedArticle> LoadDirectory(string directory)
    {
        var articles = new List<AnnotatedArticle>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            articles.AddRange(ParseFile(File.ReadAllText(file, Encoding.UTF8), Path.GetFileName(file)));
        }

        return articles;
    }

    /// <summary>Splits a file at its <c>### id</c> lines and parses each article.</summary>
    public static IReadOnlyList<AnnotatedArticle> ParseFile(string content, string fileName = "<inline>")
    {
        var articles = new List<AnnotatedArticle>();
        string? id = null;
        var body = new StringBuilder();
        foreach (var line in content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                id = line[4..].Trim();
                continue;
            }

            if (id is null)
            {
                continue; // the file's own preamble
            }

            body.Append(line).Append('\n');
        }

        Flush();
        return articles;

        void Flush()
        {
            if (id is not null)
            {
                articles.Add(Parse(body.ToString().Trim('\n'), id, fileName));
            }

            body.Clear();
        }
    }

    /// <summary>Parses one article's markup.</summary>
    /// <exception cref="FormatException">Unbalanced brackets, an unknown tag, nesting, or an empty span.</exception>
    public static AnnotatedArticle Parse(string markup, string id = "<inline>", string fileName = "<inline>")
    {
        var text = new StringBuilder(markup.Length);
        var entities = ImmutableArray.CreateBuilder<EntityMention>();
        var events = ImmutableArray.CreateBuilder<EventSentence>();
        (EntityKind Kind, int Start)? openEntity = null;
        (EventTense Tense, int Start)? openEvent = null;

        for (var i = 0; i < markup.Length; i++)
        {
            var c = markup[i];
            switch (c)
            {
                case '[':
                {
                    if (openEntity is not null)
                    {
                        throw Error("nested '['", i);
                    }

                    var space = markup.IndexOf(' ', i);
                    var tag = space < 0 ? "" : markup[(i + 1)..space];
                    if (!Tags.TryGetValue(tag, out var kind))
                    {
                        throw Error($"unknown tag '[{tag}'", i);
                    }

                    openEntity = (kind, text.Length);
                    i = space;
                    break;
                }

                case ']':
                {
                    if (openEntity is not { } open)
                    {
                        throw Error("']' without '['", i);
                    }

                    if (text.Length == open.Start)
                    {
                        throw Error("empty entity", i);
                    }

                    entities.Add(new EntityMention(open.Kind, new TextSpan(open.Start, text.Length)));
                    openEntity = null;
                    break;
                }

                case '{':
                {
                    if (openEvent is not null || openEntity is not null)
                    {
                        throw Error("'{' inside markup", i);
                    }

                    if (i + 2 >= markup.Length || markup[i + 2] != ' ' || markup[i + 1] is not ('R' or 'P'))
                    {
                        throw Error("event markup must start '{R ' or '{P '", i);
                    }

                    openEvent = (markup[i + 1] == 'R' ? EventTense.Reported : EventTense.Planned, text.Length);
                    i += 2;
                    break;
                }

                case '}':
                {
                    if (openEvent is not { } open || openEntity is not null)
                    {
                        throw Error("'}' without '{' or inside an entity", i);
                    }

                    events.Add(new EventSentence(open.Tense, new TextSpan(open.Start, text.Length)));
                    openEvent = null;
                    break;
                }

                default:
                    text.Append(c);
                    break;
            }
        }

        if (openEntity is not null || openEvent is not null)
        {
            throw Error("markup not closed at the end of the article", markup.Length);
        }

        return new AnnotatedArticle(id, text.ToString(), entities.ToImmutable(), events.ToImmutable());

        FormatException Error(string what, int at) =>
            new($"{fileName}, article {id}, markup offset {at}: {what}");
    }
}
