using Extractor.Documents;
using Extractor.Facts;
using Extractor.Learning.Corpus;
using Extractor.Learning.Officials;

namespace Extractor.Learning.Tests.Officials;

public sealed class OfficialAssemblerTests
{
    // Each case is written markup standing for the tagger's output; the assembler turns spans into officials.
    [Theory]
    [InlineData("Đồng chí [PER Lê Văn An] - [TITLE Bí thư Huyện ủy], [TITLE Chủ tịch HĐND huyện] chủ trì.", "Lê Văn An=Bí thư Huyện ủy|Chủ tịch HĐND huyện")]
    [InlineData("Đồng chí [TITLE Bí thư Tỉnh ủy] [PER Hứa Văn Tường] phát biểu.", "Hứa Văn Tường=Bí thư Tỉnh ủy")]
    [InlineData("Các đồng chí: [PER Lê An Bình], [TITLE Bí thư Tỉnh ủy]; [PER Võ Thị Cúc], [TITLE Phó Bí thư Tỉnh ủy] chủ trì.", "Lê An Bình=Bí thư Tỉnh ủy;Võ Thị Cúc=Phó Bí thư Tỉnh ủy")]
    [InlineData("Tại điểm cầu [PER Hòa Bình], [TITLE Ủy viên Ban Thường vụ], [TITLE Trưởng ban Tổ chức Tỉnh ủy] [PER Ngô Văn Dũng] dự.", "Ngô Văn Dũng=Ủy viên Ban Thường vụ|Trưởng ban Tổ chức Tỉnh ủy")]
    [InlineData("Đồng chí [PER TRẦN HỒNG MINH], [TITLE Bí thư Tỉnh ủy] dự.", "Trần Hồng Minh=Bí thư Tỉnh ủy")]
    [InlineData("Quần chúng [PER Nguyễn Thị Vân] được kết nạp. [TITLE Bí thư Chi bộ] trao quyết định.", "")]
    public void Attaches_title_chains_to_the_names_they_belong_to(string markup, string expected)
    {
        Officials(markup).Should().Equal(Expected(expected));
    }

    [Fact]
    public void Joins_a_short_mention_to_the_full_name_and_merges_its_titles()
    {
        var officials = Officials("Ông [PER Trần Văn Nhiều], [TITLE Bí thư Huyện ủy] dự. Ông [PER Nhiều], [TITLE Chủ tịch HĐND huyện] phát biểu.");

        officials.Should().Equal("Trần Văn Nhiều=Bí thư Huyện ủy|Chủ tịch HĐND huyện");
    }

    [Fact]
    public void Counts_variants_of_one_office_once_keeping_the_fullest_mention_first()
    {
        var officials = Officials("Bà [PER Đỗ Thị Hoa] - [TITLE Bí thư Đảng ủy Khối các cơ quan tỉnh], [TITLE Giám đốc Sở] dự. Bà [PER Đỗ Thị Hoa], [TITLE Bí thư Đảng ủy Khối] phát biểu.");

        officials.Should().Equal("Đỗ Thị Hoa=Bí thư Đảng ủy Khối các cơ quan tỉnh|Giám đốc Sở");
    }

    [Fact]
    public void Leaves_out_bylines_and_page_furniture()
    {
        var article = TrainingCorpusReader.Parse("[PER Lê Minh Tâm], [TITLE Bí thư Chi bộ] viết. Xem thêm: [PER Võ Văn Hùng], [TITLE Chủ tịch xã].");
        var furniture = article.Text.IndexOf("Xem thêm", StringComparison.Ordinal);
        var document = ArticleDocument.FromText(article.Text) with
        {
            Authors = [new Author("Lê Minh Tâm", new TextSpan(0, "Lê Minh Tâm".Length))],
            Furniture = [new TextSpan(furniture, article.Text.Length)],
        };

        OfficialAssembler.Assemble(document, article.Entities, "ml").Should().BeEmpty();
    }

    private static string[] Officials(string markup)
    {
        var article = TrainingCorpusReader.Parse(markup);
        return [.. OfficialAssembler.Assemble(ArticleDocument.FromText(article.Text), article.Entities, "ml").Select(o => o.Name + "=" + string.Join("|", o.Titles))];
    }

    private static string[] Expected(string expected) => expected.Length == 0 ? [] : expected.Split(';');
}
