using System.Collections.Immutable;
using Extractor.Documents;

namespace Extractor.Extraction.Officials;

/// <summary>A place where a person is named, with the titles written with that mention (possibly none).</summary>
/// <param name="InCapitals">True when the name was written all in capitals ("NGUYỄN VĂN A").</param>
internal sealed record PersonMention(string Name, string Key, TextSpan Span, ImmutableArray<TitleMention> Titles, bool InCapitals = false);
