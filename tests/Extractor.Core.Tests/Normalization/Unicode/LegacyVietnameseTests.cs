using Extractor.Normalization.Unicode;

namespace Extractor.Core.Tests.Normalization.Unicode;

public sealed class LegacyVietnameseTests
{
    [Theory]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", LegacyEncoding.Tcvn3)]
    [InlineData("Ban Th­êng vô TØnh ñy", LegacyEncoding.Tcvn3)]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", LegacyEncoding.Vni)]
    [InlineData("Ban Thöôøng vuï Tænh uûy", LegacyEncoding.Vni)]
    [InlineData("Cộng hòa xã hội chủ nghĩa Việt Nam", LegacyEncoding.None)]
    [InlineData("Hoà Bình, Khánh Hoà, buông", LegacyEncoding.None)]
    [InlineData("Cà phê sữa đá", LegacyEncoding.None)]
    [InlineData("The café served crème brûlée", LegacyEncoding.None)]
    [InlineData("", LegacyEncoding.None)]
    [InlineData("Die Höchstleistung wurde deutlich vergrößert, das Gerät ist größer und schöner als früher.", LegacyEncoding.None)]
    [InlineData("Le côté où l'été dure: où est la fête? Très sûr, déjà vu à côté.", LegacyEncoding.None)]
    [InlineData("Año nuevo en España: el niño comió piñata y café.", LegacyEncoding.None)]
    [InlineData("Ni šta, ništa: čovjek je došao kući, żółw się śmieje.", LegacyEncoding.None)]
    public void Detects_the_encoding_a_text_was_typed_in(string text, LegacyEncoding expected)
    {
        LegacyVietnamese.Detect(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Ban Th­êng vô TØnh ñy", "Ban Thường vụ Tỉnh ủy")]
    [InlineData("Ban Thöôøng vuï Tænh uûy", "Ban Thường vụ Tỉnh ủy")]
    [InlineData("Cộng hòa", "Cộng hòa")]
    public void Repairs_legacy_text_to_unicode(string text, string expected)
    {
        LegacyVietnamese.Repair(text, out _).Should().Be(expected);
    }
}
