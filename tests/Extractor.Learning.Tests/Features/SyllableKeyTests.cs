using Extractor.Learning.Features;

namespace Extractor.Learning.Tests.Features;

public sealed class SyllableKeyTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("Uỷ", "ủy")]
    [InlineData("TỈNH", "tỉnh")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("ho\u0300a", "hòa")]
    public void Ignores_case_and_tone_mark_placement(string a, string b)
    {
        SyllableKey.Of(a).Should().Be(SyllableKey.Of(b));
    }

    [Theory]
    [InlineData("hòa", "hoa")]
    [InlineData("hòa", "hóa")]
    [InlineData("đảng", "dảng")]
    [InlineData("Minh", "Mình")]
    public void Tells_apart_syllables_that_differ_in_tone_or_letter(string a, string b)
    {
        SyllableKey.Of(a).Should().NotBe(SyllableKey.Of(b));
    }
}
