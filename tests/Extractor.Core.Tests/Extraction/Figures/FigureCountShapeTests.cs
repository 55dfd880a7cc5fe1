using System.Collections.Immutable;
using Extractor.Extraction.Figures;
using Extractor.Facts;

namespace Extractor.Core.Tests.Extraction.Figures;

/// <summary>Counts written in less usual shapes: labour in days, two counts joined by a slash, and numbers spelled in words.</summary>
public sealed class FigureCountShapeTests
{
    private static ImmutableArray<Figure> Extract(string text) => StructuredText.Process(text, new FigureStage()).Figures;

    [Theory]
    [InlineData("Bà con đã góp gần 800 ngày công để làm đường.", "gần 800 ngày công", 800, "ngày công")]
    [InlineData("Đoàn viên thanh niên đóng góp 1.500 giờ công cho công trình.", "1.500 giờ công", 1500, "giờ công")]
    public void Reads_labour_counted_in_days_or_hours_as_a_count_not_a_duration(string sentence, string text, int value, string unit)
    {
        var figure = Extract(sentence).Should().ContainSingle().Subject;

        figure.Text.Should().Be(text);
        figure.Value.Should().Be(value);
        figure.Unit.Should().Be(unit);
    }

    [Theory]
    [InlineData("Cơ quan điều tra đã khởi tố 45 vụ/78 bị can trong năm.", "45 vụ", "78 bị can")]
    [InlineData("Kiểm sát việc giải quyết 210 vụ/356 đương sự.", "210 vụ", "356 đương sự")]
    public void Reads_two_counts_joined_by_a_slash_as_two_figures(string sentence, string first, string second)
    {
        var figures = Extract(sentence);

        figures.Select(f => f.Text).Should().Equal(first, second);
        figures.Should().OnlyContain(f => f.Of == null && f.Kind == FigureKind.Count);
    }

    [Theory]
    [InlineData("Tổ công tác đã lập biên bản 1.046 trường hợp vi phạm nồng độ cồn.", "1.046 trường hợp", 1046, "trường hợp")]
    [InlineData("Đoàn kiểm tra lập biên bản 37 cơ sở kinh doanh.", "37 cơ sở", 37, "cơ sở")]
    public void Reads_a_count_after_a_record_written_up_as_a_count_not_the_records_number(string sentence, string text, int value, string unit)
    {
        var figure = Extract(sentence).Should().ContainSingle().Subject;

        figure.Text.Should().Be(text);
        figure.Value.Should().Be(value);
        figure.Unit.Should().Be(unit);
    }

    [Fact]
    public void Still_reads_a_record_numbered_with_so_as_its_number() =>
        Extract("Theo biên bản số 15 ngày 3/4, đoàn đã làm việc với xã.").Should().BeEmpty();

    [Theory]
    [InlineData("Theo Chỉ thị số 05-CT/12 của Tỉnh ủy, các chi bộ tổ chức học tập.")]
    [InlineData("Kế hoạch KH/15 được ban hành trong tháng.")]
    public void Still_reads_a_number_after_a_code_and_a_slash_as_part_of_the_code(string sentence) =>
        Extract(sentence).Should().BeEmpty();

    [Theory]
    [InlineData("Năm nay huyện kết nạp mới một nghìn hai trăm đoàn viên.", "một nghìn hai trăm đoàn viên", 1200, "đoàn viên")]
    [InlineData("Giải thu hút mười lăm đội bóng tham gia.", "mười lăm đội bóng", 15, "đội bóng")]
    [InlineData("Các đội thi tranh tài qua bốn phần thi hấp dẫn.", "bốn phần thi", 4, "phần thi")]
    [InlineData("Cuộc thi có hai thí sinh đạt điểm tuyệt đối.", "hai thí sinh", 2, "thí sinh")]
    public void Reads_numbers_spelled_in_words_before_what_they_count(string sentence, string text, int value, string unit)
    {
        var figure = Extract(sentence).Should().ContainSingle().Subject;

        figure.Text.Should().Be(text);
        figure.Value.Should().Be(value);
        figure.Unit.Should().Be(unit);
    }

    [Theory]
    [InlineData("Hàng trăm người dân đã tới cổ vũ.")]
    [InlineData("Đoàn đã gặp hai bên để trao đổi.")]
    [InlineData("Xã thực hiện tốt ba công khai trong thu chi.")]
    public void Leaves_vague_or_single_number_words_before_an_unknown_noun(string sentence) =>
        Extract(sentence).Should().BeEmpty();
}
