namespace Extractor.Normalization.Unicode;

/// <summary>Guards for text that .NET's Unicode APIs refuse: lone UTF-16 surrogates (from JSON "\ud800", cut buffers).</summary>
/// <remarks>
/// <see cref="string.Normalize()"/> and <see cref="string.IsNormalized()"/> throw on a lone surrogate; the normalizers
/// promise never to throw, so they replace each one with U+FFFD first. One character for one, so offsets do not move.
/// </remarks>
public static class TextSafety
{
    /// <summary>The same text with every unpaired surrogate replaced by U+FFFD; the same instance when there is none.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        var at = IndexOfLoneSurrogate(text);
        if (at < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, at), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.at; i < span.Length; i++)
            {
                if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(span[i]))
                {
                    span[i] = '\uFFFD';
                }
            }
        });
    }

    /// <summary>The offset of the first unpaired surrogate, or -1.</summary>
    public static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < text.Length)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var next = text[(i + 2)..].IndexOfAnyInRange('\uD800', '\uDFFF');
                i = next < 0 ? -1 : i + 2 + next;
                continue;
            }

            return i;
        }

        return -1;
    }
}
