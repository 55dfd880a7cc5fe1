namespace Extractor.Documents;

/// <summary>A half-open range of character offsets [Start, End) into an article's text: the evidence for a fact.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span is a valid range inside a text of <paramref name="textLength"/> characters.</summary>
    public bool IsWithin(int textLength) => Start >= 0 && Start <= End && End <= textLength;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The text this span covers.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public override string ToString() => $"[{Start}..{End})";
}
