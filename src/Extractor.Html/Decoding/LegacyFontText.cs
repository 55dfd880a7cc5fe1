using Extractor.Normalization.Unicode;

namespace Extractor.Html.Decoding;

/// <summary>Finds text written for legacy Vietnamese fonts (TCVN3 .VnTime, VNI-Times) and has it converted to Unicode.</summary>
internal static class LegacyFontText
{
    public static string Convert(string text, List<string> errors)
    {
        var legacy = DetectFromFonts(text);
        if (legacy == LegacyEncoding.None)
        {
            return text;
        }

        // TODO(html): call the Normalization/Unicode legacy converter once it is published; until then report the page.
        errors.Add($"page is written for {legacy} fonts; its text was not converted");
        return text;
    }

    /// <summary>The legacy encoding a page's font declarations name (".VnTime", "VNI-Times"), or None.</summary>
    internal static LegacyEncoding DetectFromFonts(string text)
    {
        if (text.Contains(".Vn", StringComparison.Ordinal) && (text.Contains(".VnTime", StringComparison.OrdinalIgnoreCase) || text.Contains(".VnArial", StringComparison.OrdinalIgnoreCase)))
        {
            return LegacyEncoding.Tcvn3;
        }

        return text.Contains("VNI-", StringComparison.Ordinal) && text.Contains("VNI-Times", StringComparison.OrdinalIgnoreCase)
            ? LegacyEncoding.Vni
            : LegacyEncoding.None;
    }
}
