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

    /// <summary>A line of a signature block ("TL. BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "(Đã ký)", the signer's name): no byline.</summary>
    Signature,
}
