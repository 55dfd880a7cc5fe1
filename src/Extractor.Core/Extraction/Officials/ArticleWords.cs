using System.Runtime.CompilerServices;

namespace Extractor.Extraction.Officials;

/// <summary>An article's words with their keys, and what lies in the gaps between them.</summary>
/// <remarks>
/// What the grammar asks of every gap (its punctuation, whether it breaks a line, whether it is plain space) is
/// read once when the words are made, so the grammar's many questions about the same gap cost an array read.
/// Immutable once built, so the officials and places stages share one instance per text (<see cref="Of"/>).
/// </remarks>
internal sealed class ArticleWords
{
    /// <summary>One tokenization per text instance: the officials and places stages read the same normalized text.</summary>
    private static readonly ConditionalWeakTable<string, ArticleWords> Shared = new();

    private readonly Word[] _words;
    private readonly string[] _punctuation;
    private readonly GapFlags[] _gaps;

    public ArticleWords(string text)
    {
        Text = text;
        var words = WordTokenizer.Tokenize(text);
        _words = [.. words];
        Keys = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            Keys[i] = words[i].Key;
        }

        // Gap i lies before word i; gap Count is the text after the last word.
        _punctuation = new string[words.Count + 1];
        _gaps = new GapFlags[words.Count + 1];
        for (var i = 0; i <= words.Count; i++)
        {
            var start = i == 0 ? 0 : words[i - 1].End;
            var end = i == words.Count ? text.Length : words[i].Start;
            if (words.Count == 0)
            {
                end = text.Length;
            }

            (_punctuation[i], _gaps[i]) = ReadGap(text.AsSpan(start, end - start));
        }
    }

    [Flags]
    private enum GapFlags : byte
    {
        None = 0,
        BreaksLine = 1,
        PlainSpace = 2,
        HasWhiteSpace = 4,
    }

    public string Text { get; }

    public IReadOnlyList<Word> Words => _words;

    public string[] Keys { get; }

    public int Count => Keys.Length;

    public Word this[int index] => _words[index];

    /// <summary>The words of a text, made once per text instance and shared by the stages that read them.</summary>
    public static ArticleWords Of(string text) => Shared.GetValue(text, static t => new ArticleWords(t));

    /// <summary>The characters between word <paramref name="index"/> - 1 and word <paramref name="index"/>.</summary>
    public string Gap(int index) =>
        index <= 0 ? Text[..Words[0].Start]
        : index >= Words.Count ? Text[Words[^1].End..]
        : Text[Words[index - 1].End..Words[index].Start];

    /// <summary>The gap before a word without its whitespace ("," for ", ", "" for a plain space).</summary>
    public string Punctuation(int index) => _punctuation[Clamp(index)];

    public bool BreaksLine(int index) => (_gaps[Clamp(index)] & GapFlags.BreaksLine) != 0;

    /// <summary>True when only spaces (no line break) separate the word from the one before.</summary>
    public bool SpaceBefore(int index) => (_gaps[Clamp(index)] & GapFlags.PlainSpace) != 0;

    /// <summary>True when the gap before a word holds no whitespace at all ("Tuyên giáo-Tổng hợp").</summary>
    public bool Tight(int index) => (_gaps[Clamp(index)] & GapFlags.HasWhiteSpace) == 0;

    /// <summary>How many words from <paramref name="start"/> are joined by plain spaces (or, when allowed, dashes) into one run, at most <paramref name="max"/>.</summary>
    public int Run(int start, int max, bool dashes = false)
    {
        var n = 1;
        while (n < max && start + n < Count)
        {
            var ok = SpaceBefore(start + n)
                || (dashes && !BreaksLine(start + n) && Punctuation(start + n) is "-" or "–");
            if (!ok)
            {
                break;
            }

            n++;
        }

        return start < Count ? n : 0;
    }

    /// <summary>The keys of words [start, start + count).</summary>
    public ArraySegment<string> KeysFrom(int start, int count) => new(Keys, start, count);

    private int Clamp(int index) => index <= 0 ? 0 : index >= Keys.Length ? Keys.Length : index;

    private static (string Punctuation, GapFlags Flags) ReadGap(ReadOnlySpan<char> gap)
    {
        var flags = GapFlags.None;
        var plain = gap.Length > 0;
        var marks = 0;
        foreach (var c in gap)
        {
            if (c == '\n')
            {
                flags |= GapFlags.BreaksLine;
            }

            if (c is not (' ' or '\t' or '\u00A0'))
            {
                plain = false;
            }

            if (char.IsWhiteSpace(c))
            {
                flags |= GapFlags.HasWhiteSpace;
            }
            else
            {
                marks++;
            }
        }

        if (plain)
        {
            flags |= GapFlags.PlainSpace;
        }

        if (marks == 0)
        {
            return ("", flags);
        }

        if (marks == gap.Length)
        {
            return (PunctuationText.Of(gap), flags);
        }

        Span<char> buffer = marks <= 64 ? stackalloc char[marks] : new char[marks];
        var k = 0;
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c))
            {
                buffer[k++] = c;
            }
        }

        return (PunctuationText.Of(buffer), flags);
    }

    /// <summary>The punctuation between words as strings made once: the same few marks ("," "." "-" "(") recur in every article.</summary>
    private static class PunctuationText
    {
        private static readonly string?[] Single = new string?[0x2100];

        public static string Of(ReadOnlySpan<char> marks)
        {
            if (marks.Length == 1 && marks[0] < Single.Length)
            {
                return Single[marks[0]] ??= marks.ToString();
            }

            return marks.ToString();
        }
    }
}
