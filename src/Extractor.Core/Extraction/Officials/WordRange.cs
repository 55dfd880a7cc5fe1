namespace Extractor.Extraction.Officials;

/// <summary>A run of words [Start, End) of an article; for a title, <see cref="HeadEnd"/> is where its office head ends.</summary>
internal readonly record struct WordRange(int Start, int End, int HeadEnd = 0);
