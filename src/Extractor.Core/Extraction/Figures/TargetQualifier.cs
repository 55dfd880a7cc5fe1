using Extractor.Normalization.Numerals;

namespace Extractor.Extraction.Figures;

/// <summary>Decides a figure's qualifier in context: "đạt"/"vượt" only against a target, bounds and changes as written.</summary>
internal static class TargetQualifier
{
    // Words that make "đạt"/"vượt" a measure against a target, quota or plan.
    private static readonly string[] TargetWords = ["chỉ tiêu", "kế hoạch", "mục tiêu", "được giao", "đề ra", "dự toán", " kh "];

    public static string? Resolve(string text, NumberExpression e)
    {
        var qualifier = e.Qualifier;
        if (qualifier is "đạt" or "vượt")
        {
            return AgainstTarget(text, e.Core.Start) ? qualifier : e.QualifierAfter;
        }

        if (qualifier is null && VuotBefore(text, e.Core.Start))
        {
            return "vượt"; // "vượt chỉ tiêu tỉnh giao 33 đảng viên"
        }

        return qualifier;
    }

    private static bool AgainstTarget(string text, int at)
    {
        var (start, end) = Sentence(text, at);
        var sentence = text.AsSpan(start, end - start);
        foreach (var word in TargetWords)
        {
            if (sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"vượt" a few words before the number, with a target word between them.</summary>
    private static bool VuotBefore(string text, int at)
    {
        var from = Math.Max(0, at - 40);
        var window = text.AsSpan(from, at - from);
        var cut = window.LastIndexOfAny(",;.()\n");
        if (cut >= 0)
        {
            window = window[(cut + 1)..];
        }

        var v = window.LastIndexOf("vượt", StringComparison.OrdinalIgnoreCase);
        return v >= 0 && (window[v..].Contains("chỉ tiêu", StringComparison.OrdinalIgnoreCase)
            || window[v..].Contains("kế hoạch", StringComparison.OrdinalIgnoreCase));
    }

    private static (int Start, int End) Sentence(string text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or '\n'))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && text[end] is not ('!' or '?' or '\n') && !(text[end] == '.' && (end + 1 >= text.Length || !char.IsAsciiDigit(text[end + 1]))))
        {
            end++;
        }

        return (start, end);
    }
}
