namespace Extractor.Extraction.Officials;

/// <summary>How a word is written, which is most of what tells a name or a title from running text.</summary>
internal enum WordShape
{
    Lower,
    Capitalized,
    AllCaps,
    Number,
}
