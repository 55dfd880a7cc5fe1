namespace Extractor.Extraction.Structure;

/// <summary>What a line of a captured page is, judged from the line alone.</summary>
internal enum PageLineKind
{
    Blank,
    Chrome,
    TailMarker,
    Dateline,
    Byline,
    Caption,
    Kicker,
    Affiliation,
    Body,
    Candidate,
}
