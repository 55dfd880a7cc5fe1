using System.Collections.Immutable;
using Extractor.Documents;

namespace Extractor.Facts;

/// <summary>A named person holding one or more offices, with every place the article mentions them.</summary>
/// <param name="Name">The name in ordinary capitalisation, without honorifics ("Phạm Minh Chính").</param>
/// <param name="Titles">Each distinct office as written, in the order of the fullest mention.</param>
/// <param name="Mentions">Every mention of the person: the full name, then short forms ("đồng chí Chính").</param>
public sealed record Official(string Name, ImmutableArray<string> Titles, ImmutableArray<TextSpan> Mentions)
{
    /// <summary>Where each title was found, parallel to <see cref="Titles"/> when known.</summary>
    public ImmutableArray<TextSpan> TitleSpans { get; init; } = [];

    /// <summary>Which extractor proposed the person: "rules", "ml" or "rules+ml".</summary>
    public string? Origin { get; init; }
}
