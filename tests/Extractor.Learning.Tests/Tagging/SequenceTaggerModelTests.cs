using Extractor.Learning.Tagging;

namespace Extractor.Learning.Tests.Tagging;

public sealed class SequenceTaggerModelTests(TrainedFixture trained) : IClassFixture<TrainedFixture>
{
    // Sentences written for this test: names and offices absent from the training corpus.
    [Theory]
    [InlineData("Đồng chí Lưu Quang Khải - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị.", "Lưu Quang Khải", "Phó Bí thư Huyện ủy|Chủ tịch UBND huyện")]
    [InlineData("Dự hội nghị có bà Kiều Thị Mai Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.", "Kiều Thị Mai Phương", "Ủy viên Ban Thường vụ Tỉnh ủy|Trưởng Ban Dân vận Tỉnh ủy")]
    [InlineData(
        "Đồng chí Bí thư Tỉnh ủy Hứa Văn Tường phát biểu chỉ đạo.",
        "Hứa Văn Tường",
        "Bí thư Tỉnh ủy")]
    public void Tags_unseen_names_and_title_chains(string sentence, string person, string titles)
    {
        var mentions = trained.Tagger.Transform(sentence);

        mentions.Where(m => m.Kind == EntityKind.Person).Select(m => m.Span.Of(sentence)).Should().Contain(person);
        mentions.Where(m => m.Kind == EntityKind.Title).Select(m => m.Span.Of(sentence)).Should().Equal(titles.Split('|'));
    }

    [Fact]
    public void Tags_nothing_in_empty_or_blank_text()
    {
        trained.Tagger.Transform("").Should().BeEmpty();
        trained.Tagger.Transform("   \n ").Should().BeEmpty();
    }
}
