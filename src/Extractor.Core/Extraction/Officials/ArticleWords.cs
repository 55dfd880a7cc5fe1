namespace Extractor.Extraction.Officials;

/// <summary>An article's words with their keys, and what lies in the gaps between them.</summary>
internal sealed class ArticleWords
{
    public ArticleWords(string text)
    {
        Text = text;
        Words = WordTokenizer.Tokenize(text);
        Keys = Words.Select(w => w.Key).ToArray();
    }

    public string Text { get; }

    public IReadOnlyList<Word> Words { get; }

    public string[] Keys { get; }

    public int Count => Words.Count;

    public Word this[int index] => Words[index];

    /// <summary>The characters between word <paramref name="index"/> - 1 and word <paramref name="index"/>.</summary>
    public string Gap(int index) =>
        index <= 0 ? Text[..Words[0].Start]
        : index >= Words.Count ? Text[Words[^1].End..]
        : Text[Words[index - 1].End..Words[index].Start];

    /// <summary>The gap before a word without its whitespace ("," for ", ", "" for a plain space).</summary>
    public string Punctuation(int index) => string.Concat(Gap(index).Where(c => !char.IsWhiteSpace(c)));

    public bool BreaksLine(int index) => Gap(index).Contains('\n');

    /// <summary>True when only spaces (no line break) separate the word from the one before.</summary>
    public bool SpaceBefore(int index)
    {
        var gap = Gap(index);
        return gap.Length > 0 && gap.All(c => c is ' ' or '\t' or '\u00A0');
    }

    /// <summary>How many words from <paramref name="start"/> are joined by plain spaces (or, when allowed, dashes) into one run, at most <paramref name="max"/>.</summary>
    public int Run(int start, int max, bool dashes = false)
    {
        var n = 1;
        while (n < max && start + n < Words.Count)
        {
            var gap = Gap(start + n);
            var ok = SpaceBefore(start + n)
                || (dashes && !gap.Contains('\n') && Punctuation(start + n) is "-" or "–");
            if (!ok)
            {
                break;
            }

            n++;
        }

        return start < Words.Count ? n : 0;
    }

    /// <summary>The keys of words [start, start + count).</summary>
    public ArraySegment<string> KeysFrom(int start, int count) => new(Keys, start, count);
}
