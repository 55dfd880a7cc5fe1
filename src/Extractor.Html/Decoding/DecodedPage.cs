namespace Extractor.Html.Decoding;

/// <summary>A page's markup as text, the encoding it was read with, and what went wrong reading it.</summary>
internal sealed record DecodedPage(string Html, string EncodingName, IReadOnlyList<string> Errors);
