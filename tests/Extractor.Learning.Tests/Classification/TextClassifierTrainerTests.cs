using Extractor.Learning.Classification;

namespace Extractor.Learning.Tests.Classification;

public sealed class TextClassifierTrainerTests
{
    private static readonly LabeledText[] Sentences =
    [
        new("Sáng 2-7, Huyện ủy tổ chức hội nghị sơ kết.", "Reported"),
        new("Chiều 14/6, Đảng ủy Khối đã tổ chức lễ kết nạp đảng viên.", "Reported"),
        new("Ngày 9/9, Trường Chính trị khai giảng lớp học.", "Reported"),
        new("Tối 25-3, Tỉnh đoàn tổ chức lễ kỷ niệm.", "Reported"),
        new("Hội nghị sẽ khai mạc vào ngày 6/12.", "Planned"),
        new("Dự kiến, đại hội sẽ diễn ra trong tháng 7.", "Planned"),
        new("Theo kế hoạch, lớp học sẽ bế giảng vào tháng 5.", "Planned"),
        new("Tỉnh sẽ tổ chức lễ tổng kết vào cuối năm.", "Planned"),
    ];

    [Theory]
    [InlineData("Sáng 5-3, Thành ủy tổ chức hội nghị giao ban.", "Reported")]
    [InlineData("Hội nghị giao ban sẽ diễn ra vào tháng 9.", "Planned")]
    [InlineData("Dự kiến, lễ khánh thành sẽ tổ chức vào tháng 8.", "Planned")]
    public void Tells_reported_from_planned_event_sentences(string sentence, string expected)
    {
        var model = new TextClassifierTrainer().Fit(Sentences);

        model.Transform(sentence).Label.Should().Be(expected);
    }

    [Fact]
    public void Training_twice_gives_byte_identical_model_files_that_load_back()
    {
        var first = Bytes(new TextClassifierTrainer().Fit(Sentences));
        var second = Bytes(new TextClassifierTrainer().Fit(Sentences));
        using var stream = new MemoryStream(first);
        var loaded = TextClassifierModel.Load(stream);

        first.Should().Equal(second);
        loaded.Labels.Should().Equal("Planned", "Reported");
        loaded.Transform("Hội nghị sẽ khai mạc vào tháng 9.").Label.Should().Be("Planned");
    }

    [Fact]
    public void Refuses_data_with_a_single_label()
    {
        var act = () => new TextClassifierTrainer().Fit([new LabeledText("a", "Reported")]);

        act.Should().Throw<ArgumentException>();
    }

    private static byte[] Bytes(TextClassifierModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
