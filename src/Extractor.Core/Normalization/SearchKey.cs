namespace Extractor.Normalization;

/// <summary>The diacritic-free lowercase form people type when searching ("Nguyễn" → "nguyen", "Đảng" → "dang").</summary>
/// <remarks>Whitespace runs fold to one space and the ends are trimmed; decomposed marks and zero-width characters vanish. Thread-safe.</remarks>
public static class SearchKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036F' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[n++] = ' ';
                pendingSpace = false;
            }

            buffer[n++] = Unicode.VietnameseLetters.Fold(c);
        }

        return new string(buffer[..n]);
    }
}
