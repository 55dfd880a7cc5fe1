using System.Collections.Immutable;
using Extractor.Documents;

namespace Extractor.Normalization.Unicode;

/// <summary>Text in canonical Vietnamese form together with the map from each of its offsets back to the raw text.</summary>
/// <param name="Text">The normalized text.</param>
/// <param name="RawOffsets">For each index of <paramref name="Text"/> and one past its end, the offset in the raw text.</param>
/// <remarks>Immutable; the map is non-decreasing and always has <c>Text.Length + 1</c> entries.</remarks>
public sealed record NormalizedText(string Text, ImmutableArray<int> RawOffsets)
{
    /// <summary>True when the text differs from the raw input in any way (so a document needs the map).</summary>
    public bool Changed { get; init; } = true;

    /// <summary>The raw offset of a normalized offset (0 ≤ <paramref name="offset"/> ≤ Text.Length).</summary>
    public int ToRaw(int offset) => RawOffsets[offset];

    /// <summary>The raw span a normalized span came from.</summary>
    public TextSpan ToRaw(TextSpan span) => new(RawOffsets[span.Start], RawOffsets[span.End]);
}
