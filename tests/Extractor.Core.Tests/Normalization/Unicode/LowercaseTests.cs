using Extractor.Normalization.Unicode;

namespace Extractor.Core.Tests.Normalization.Unicode;

public class LowercaseTests
{
    [Theory]
    [InlineData("ĐẢNG ỦY KHỐI", "đảng ủy khối")]
    [InlineData("Tỉnh Ủy Quảng Trị", "tỉnh ủy quảng trị")]
    [InlineData("ƯU TIÊN ƠN", "ưu tiên ơn")]
    [InlineData("Ngày 2-7", "ngày 2-7")]
    [InlineData("", "")]
    public void Lowercases_vietnamese_as_the_invariant_culture_does(string text, string expected)
    {
        Lowercase.Of(text).Should().Be(expected).And.Be(text.ToLowerInvariant());
    }

    [Fact]
    public void Gives_every_unit_outside_the_surrogates_the_invariant_lowercase()
    {
        var differing = Enumerable.Range(0, char.MaxValue + 1)
            .Select(i => (char)i)
            .Where(c => !char.IsSurrogate(c) && Lowercase.Of(c.ToString()) != c.ToString().ToLowerInvariant())
            .ToList();

        differing.Should().BeEmpty();
    }

    [Fact]
    public void Returns_lowercase_text_itself_and_copies_surrogate_pairs_unchanged()
    {
        const string lower = "tỉnh ủy";
        Lowercase.Of(lower).Should().BeSameAs(lower);
        Lowercase.Of("A\U0001F600B").Should().Be("a\U0001F600b");
    }

    [Fact]
    public void Writes_into_a_span_and_tells_when_a_word_has_capitals()
    {
        Span<char> target = stackalloc char[4];
        Lowercase.Write("ĐẢNG", target);

        target.ToString().Should().Be("đảng");
        Lowercase.HasUpper("đảng").Should().BeFalse();
        Lowercase.HasUpper("Đảng").Should().BeTrue();
    }
}
