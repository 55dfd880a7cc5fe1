using System.Collections.Immutable;
using Extractor.Learning.Tagging;

namespace Extractor.Learning.Corpus;

/// <summary>A training article: plain text with its annotated entity spans and event sentences.</summary>
/// <param name="Id">The article's id in the training corpus ("t001").</param>
public sealed record AnnotatedArticle(string Id, string Text, ImmutableArray<EntityMention> Entities, ImmutableArray<EventSentence> EventSentences);
