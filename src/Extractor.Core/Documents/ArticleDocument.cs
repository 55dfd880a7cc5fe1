using System.Collections.Immutable;
using Extractor.Facts;

namespace Extractor.Documents;

/// <summary>An article: its text and every annotation stages have added to it as spans into that text.</summary>
/// <remarks>
/// Immutable: a stage returns a new document with its layer set (<c>doc with { Figures = … }</c>), so one
/// document can be shared across threads and a failing stage leaves the earlier layers intact.
/// <see cref="Text"/> is the normalized text every span points into; <see cref="RawOffsets"/> maps it back
/// to the characters as read from the input.
/// </remarks>
public sealed record ArticleDocument
{
    public required ArticleSource Source { get; init; }

    /// <summary>The article text (headline first when the page has one): the text all spans point into.</summary>
    public required string Text { get; init; }

    /// <summary>For each index of <see cref="Text"/> (and one past its end), the offset in the raw input text; empty when identical.</summary>
    public ImmutableArray<int> RawOffsets { get; init; } = [];

    /// <summary>The headline and where it is in <see cref="Text"/>, when the article has one.</summary>
    public string? Title { get; init; }

    public TextSpan? TitleSpan { get; init; }

    public Dateline? Dateline { get; init; }

    public ImmutableArray<Author> Authors { get; init; } = [];

    public ImmutableArray<Official> Officials { get; init; } = [];

    public ImmutableArray<Figure> Figures { get; init; } = [];

    public ImmutableArray<ReportedEvent> Events { get; init; } = [];

    public ImmutableArray<Place> Places { get; init; } = [];

    /// <summary>The province the article is about or comes from (canonical name), when known.</summary>
    public string? Province { get; init; }

    /// <summary>Spans of page furniture (counters, link lists, captions repeated) that no fact may come from.</summary>
    public ImmutableArray<TextSpan> Furniture { get; init; } = [];

    /// <summary>What went wrong with this input, in words a user can act on.</summary>
    public ImmutableArray<string> Errors { get; init; } = [];

    /// <summary>Stage names that have run, in order.</summary>
    public ImmutableArray<string> Stages { get; init; } = [];

    /// <summary>The publication time: the dateline in the text, else the page's metadata.</summary>
    public PublicationTime? Published => Dateline?.Value ?? Source.Published;

    /// <summary>Maps a span of <see cref="Text"/> back to the raw input's offsets.</summary>
    public TextSpan ToRaw(TextSpan span) =>
        RawOffsets.IsDefaultOrEmpty ? span : new TextSpan(RawOffsets[span.Start], RawOffsets[span.End]);

    /// <summary>True when the span lies in page furniture.</summary>
    public bool IsFurniture(TextSpan span)
    {
        foreach (var f in Furniture)
        {
            if (f.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    public ArticleDocument WithError(string error) => this with { Errors = Errors.Add(error) };

    /// <summary>A document over plain text with nothing annotated yet.</summary>
    public static ArticleDocument FromText(string text, string sourceFile = "<text>") =>
        new() { Source = new ArticleSource { SourceFile = sourceFile }, Text = text };
}
