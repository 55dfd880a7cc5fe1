using Extractor.Documents;

namespace Extractor.Learning.Text;

/// <summary>One syllable, number or punctuation mark of an article with its place in the text.</summary>
/// <param name="LineStart">True when only whitespace precedes the token on its line.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind, bool LineStart)
{
    public string Of(string text) => Span.Of(text);
}
