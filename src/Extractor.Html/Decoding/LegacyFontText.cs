using Extractor.Normalization.Unicode;

namespace Extractor.Html.Decoding;

/// <summary>Finds text written for legacy Vietnamese fonts (TCVN3 .VnTime, VNI-Times) and converts it to Unicode.</summary>
/// <remarks>
/// Old provincial pages were typed in TCVN3 or VNI and shown through a legacy font ("font-family: .VnTime"); their bytes read
/// as Windows-1252 ("Ban Th­êng vô TØnh ñy"). The font declaration is the cue; the text itself must confirm it (the
/// converter's own detection), because a page that still names an old font in a forgotten style sheet may be written in
/// Unicode, and converting Unicode Vietnamese as TCVN3 would garble it. Only characters outside ASCII change, so markup is safe.
/// </remarks>
internal static class LegacyFontText
{
    public static string Convert(string text, List<string> errors)
    {
        var declared = DetectFromFonts(text);
        if (declared == LegacyEncoding.None)
        {
            return text;
        }

        var found = LegacyVietnamese.Detect(text);
        if (found == LegacyEncoding.None)
        {
            errors.Add($"page names {declared} fonts but its text reads as Unicode; it was left as it is");
            return text;
        }

        errors.Add(found == declared
            ? $"converted text written for {found} fonts to Unicode"
            : $"page names {declared} fonts but its text is {found}; converted {found} to Unicode");
        return LegacyVietnamese.ToUnicode(text, found);
    }

    /// <summary>The legacy encoding a page's font declarations name (".VnTime", "VNI-Times"), or None.</summary>
    internal static LegacyEncoding DetectFromFonts(string text)
    {
        if (text.Contains(".Vn", StringComparison.OrdinalIgnoreCase) && (text.Contains(".VnTime", StringComparison.OrdinalIgnoreCase) || text.Contains(".VnArial", StringComparison.OrdinalIgnoreCase)))
        {
            return LegacyEncoding.Tcvn3;
        }

        return text.Contains("VNI-", StringComparison.OrdinalIgnoreCase) && text.Contains("VNI-Times", StringComparison.OrdinalIgnoreCase)
            ? LegacyEncoding.Vni
            : LegacyEncoding.None;
    }
}
