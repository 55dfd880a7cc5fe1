using Extractor.Documents;

namespace Extractor.Extraction.Structure;

/// <summary>
/// A signature block closing a notice or schedule: "TL. BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG / (Đã ký) / Huỳnh Văn A".
/// </summary>
/// <param name="Span">The whole block.</param>
/// <param name="SignedFor">The body or office after the marker ("BAN THƯỜNG VỤ" of "TL. BAN THƯỜNG VỤ"), when there is a marker.</param>
/// <param name="Offices">The offices printed above the name, in order ("CHÁNH VĂN PHÒNG"): the signer's own.</param>
/// <param name="Signer">The signer's name, when the block prints one: a person with those offices, not an author.</param>
internal sealed record SignatureBlock(TextSpan Span, TextSpan? SignedFor, IReadOnlyList<TextSpan> Offices, TextSpan? Signer);
