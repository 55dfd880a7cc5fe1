using Extractor.Learning.Features;
using Extractor.Learning.Text;

namespace Extractor.Learning.Tests.Features;

public sealed class FeatureLexiconsTests
{
    [Theory]
    [InlineData("đồng chí Phó Bí thư Nguyễn", 2, LexiconClass.TitleHead)]
    [InlineData("đồng chí Phó Bí thư Nguyễn", 5, LexiconClass.Surname)]
    [InlineData("đồng chí Phó Bí thư Nguyễn", 0, LexiconClass.Honorific)]
    [InlineData("Tỉnh uỷ Lạng Sơn", 0, LexiconClass.OrganizationHead)]
    [InlineData("Tỉnh uỷ Lạng Sơn", 2, LexiconClass.Province)]
    public void Marks_the_first_syllable_of_the_longest_listed_phrase(string text, int token, LexiconClass expected)
    {
        var (begins, _) = Classify(text);

        begins[token].Should().HaveFlag(expected);
    }

    [Fact]
    public void Marks_the_following_syllables_of_a_phrase_as_inside()
    {
        var (begins, inside) = Classify("Tổng Bí thư");

        begins[0].Should().HaveFlag(LexiconClass.TitleHead);
        inside[1].Should().HaveFlag(LexiconClass.TitleHead);
        inside[2].Should().HaveFlag(LexiconClass.TitleHead);
    }

    [Fact]
    public void Changes_its_id_when_a_list_changes()
    {
        var a = FeatureLexicons.From([("Bí thư", LexiconClass.TitleHead)]);
        var b = FeatureLexicons.From([("Bí thư", LexiconClass.TitleHead), ("Chủ tịch", LexiconClass.TitleHead)]);

        a.Id.Should().NotBe(b.Id);
        FeatureLexicons.From([("Bí thư", LexiconClass.TitleHead)]).Id.Should().Be(a.Id);
    }

    private static (LexiconClass[] Begins, LexiconClass[] Inside) Classify(string text)
    {
        var tokens = SyllableTokenizer.Tokenize(text);
        var keys = tokens.Select(t => SyllableKey.Of(text, t.Span.Start, t.Span.End)).ToArray();
        var begins = new LexiconClass[keys.Length];
        var inside = new LexiconClass[keys.Length];
        FeatureLexicons.Default.Classify(keys, begins, inside);
        return (begins, inside);
    }

    [Theory]
    [InlineData("Bí thư", LexiconClass.TitleHead)]
    [InlineData("Phó", LexiconClass.TitleHead)]
    [InlineData("Đại tá", LexiconClass.TitleHead)]
    [InlineData("UBND", LexiconClass.OrganizationHead)]
    [InlineData("Sở", LexiconClass.OrganizationHead)]
    [InlineData("huyện", LexiconClass.PlaceHead)]
    [InlineData("đồng chí", LexiconClass.Honorific)]
    [InlineData("Nguyễn", LexiconClass.Surname)]
    public void Reads_surnames_offices_bodies_levels_and_honorifics_from_the_officials_lexicons(string phrase, LexiconClass expected) =>
        FeatureLexicons.FromOfficialLexicons(Extractor.Extraction.Officials.SurnameLexicon.Default, Extractor.Extraction.Officials.TitleLexicon.Default)
            .Should().Contain((phrase, expected));
}
