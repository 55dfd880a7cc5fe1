using System.Text;

namespace Extractor.Html.Content;

/// <summary>Whitespace folding as a browser renders it: every run of spaces, tabs, newlines and no-break spaces is one space.</summary>
internal static class TextFolding
{
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u200B' or '\u2002' or '\u2003' or '\u2009' or '\u3000' or '\uFEFF';

    /// <summary>Appends <paramref name="text"/> folded, never starting a run of spaces where the builder already ends with one.</summary>
    public static void AppendFolded(StringBuilder builder, string text)
    {
        var lastSpace = builder.Length == 0 || builder[^1] == ' ' || builder[^1] == '\n';
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                if (!lastSpace)
                {
                    builder.Append(' ');
                    lastSpace = true;
                }
            }
            else if (c is not ('\u00AD' or '\u200C' or '\u200D'))
            {
                builder.Append(c);
                lastSpace = false;
            }
        }
    }

    /// <summary>The length <paramref name="text"/> has once folded (a leading space counted), and its sentence punctuation.</summary>
    public static int FoldedLength(string text, out int punctuation)
    {
        punctuation = 0;
        var length = 0;
        var lastSpace = true;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                if (!lastSpace)
                {
                    length++;
                    lastSpace = true;
                }
            }
            else
            {
                length++;
                lastSpace = false;
                if (c is '.' or ',' or ';' or '!' or '?' or ':' or '。' or '，')
                {
                    punctuation++;
                }
            }
        }

        return length;
    }

    /// <summary>Folds and trims a string.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        AppendFolded(builder, text);
        return builder.ToString().Trim();
    }
}
