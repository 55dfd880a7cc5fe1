using Extractor.Facts;

namespace Extractor.Extraction.Officials;

/// <summary>One phrase of the title lexicon: an office, body, level, rank, honorific or abbreviation.</summary>
/// <param name="Phrase">As the data file writes it ("Bí thư", "UBND").</param>
/// <param name="Expansion">For an abbreviation, what it stands for ("Ủy ban nhân dân"); otherwise null.</param>
public sealed record TitleLexiconEntry(string Phrase, TitleWordClass Class, string? Expansion = null)
{
    /// <summary>For a level word that introduces a place ("tỉnh", "huyện", "xã"), the level of that place.</summary>
    public PlaceLevel? PlaceLevel { get; init; }
}
