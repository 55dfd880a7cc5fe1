using Extractor.Documents;
using Extractor.Facts;
using Extractor.Learning.Officials;

namespace Extractor.Learning.Tests.Officials;

public sealed class LearnedOfficialStageTests(TrainedFixture trained) : IClassFixture<TrainedFixture>
{
    private const string Text = "Đồng chí Lưu Quang Khải - Phó Bí thư Huyện ủy chủ trì. Dự có bà Kiều Thị Mai Phương, Trưởng Ban Dân vận Tỉnh ủy.";

    [Fact]
    public void Proposes_officials_the_rules_missed_and_keeps_the_rules_own_unchanged()
    {
        var ruleOfficial = new Official("Lưu Quang Khải", ["Phó Bí thư"], [new TextSpan(9, 23)]) { Origin = "rules" };
        var document = ArticleDocument.FromText(Text) with { Officials = [ruleOfficial] };

        var result = new LearnedOfficialStage(trained.Tagger, LearnedMode.Augment).Process(document);

        result.Officials.Should().HaveCount(2);
        result.Officials[0].Should().BeSameAs(ruleOfficial);
        result.Officials[1].Name.Should().Be("Kiều Thị Mai Phương");
        result.Officials[1].Origin.Should().Be("ml");
    }

    [Fact]
    public void Drops_a_learned_person_whose_mention_overlaps_a_rule_official()
    {
        var rules = new Official("Lưu Quang", ["Phó Bí thư Huyện ủy"], [new TextSpan(9, 18)]);
        var learned = new Official("Lưu Quang Khải", ["Phó Bí thư Huyện ủy"], [new TextSpan(9, 23)]);

        LearnedOfficialStage.Merge([rules], [learned]).Should().Equal(rules);
    }

    [Theory]
    [InlineData("Phó Chủ tịch UBND tỉnh", true)]
    [InlineData("nguyên Bí thư Tỉnh ủy", true)]
    [InlineData("TUV", true)]
    [InlineData("Thượng tá", true)]
    [InlineData("Việt Trì", false)]
    [InlineData("Nhà văn hóa xã", false)]
    public void Keeps_a_learned_title_only_when_it_opens_with_an_office_of_the_shared_lexicon(string title, bool expected) =>
        LearnedOfficialStage.OpensWithOffice(title, Extractor.Extraction.Officials.TitleLexicon.Default).Should().Be(expected);

    [Fact]
    public void Adds_no_learned_person_whose_titles_are_not_offices()
    {
        var learned = new Official("Nông Trang", ["Việt Trì"], [new TextSpan(40, 50)]);
        var rules = new Official("Lưu Quang Khải", ["Phó Bí thư Huyện ủy"], [new TextSpan(9, 23)]);

        LearnedOfficialStage.Merge([rules], [learned]).Should().Equal(rules);
    }

    [Fact]
    public void Replaces_the_rule_officials_in_ml_mode()
    {
        var document = ArticleDocument.FromText(Text) with { Officials = [new Official("Ai Đó", ["Bí thư"], [new TextSpan(0, 2)])] };

        var result = new LearnedOfficialStage(trained.Tagger, LearnedMode.Replace).Process(document);

        result.Officials.Select(o => o.Name).Should().Equal("Lưu Quang Khải", "Kiều Thị Mai Phương");
    }
}
