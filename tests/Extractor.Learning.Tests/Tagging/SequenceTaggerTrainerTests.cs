using Extractor.Learning.Corpus;
using Extractor.Learning.Tagging;

namespace Extractor.Learning.Tests.Tagging;

public sealed class SequenceTaggerTrainerTests
{
    // A tiny written corpus: the same patterns with different names, so a tagger must generalize from features.
    private static readonly IReadOnlyList<AnnotatedArticle> Small =
    [
        .. new[]
        {
            "Đồng chí [PER Lê Văn An] - [TITLE Bí thư Huyện ủy] chủ trì.",
            "Đồng chí [PER Trần Thị Bình] - [TITLE Chủ tịch UBND xã] phát biểu.",
            "Dự có ông [PER Phạm Quốc Cường], [TITLE Phó Bí thư Tỉnh ủy].",
            "Bà [PER Nguyễn Thị Dung], [TITLE Giám đốc Sở Y tế] dự.",
            "Đồng chí [PER Hoàng Minh Đức] - [TITLE Trưởng Ban Tổ chức Huyện ủy] báo cáo.",
            "Xã có 40 [UNIT hộ] và 12 [UNIT đảng viên].",
        }.Select((m, i) => TrainingCorpusReader.Parse(m, "s" + i)),
    ];

    [Fact]
    public void Training_twice_gives_byte_identical_model_files()
    {
        var first = Bytes(new SequenceTaggerTrainer().Fit(Small));
        var second = Bytes(new SequenceTaggerTrainer().Fit(Small));

        first.Should().Equal(second);
    }

    [Fact]
    public void A_different_seed_gives_a_different_model()
    {
        var a = Bytes(new SequenceTaggerTrainer(new TaggerTrainingOptions { Seed = 1 }).Fit(Small));
        var b = Bytes(new SequenceTaggerTrainer(new TaggerTrainingOptions { Seed = 2 }).Fit(Small));

        a.Should().NotEqual(b);
    }

    [Fact]
    public void A_saved_and_loaded_model_tags_exactly_as_the_trained_one()
    {
        var model = new SequenceTaggerTrainer().Fit(Small);
        using var stream = new MemoryStream(Bytes(model));
        var loaded = SequenceTaggerModel.Load(stream);
        const string text = "Đồng chí Vũ Văn Giang - Bí thư Huyện ủy dự.";

        loaded.Transform(text).Should().Equal(model.Transform(text));
        loaded.FeatureCount.Should().Be(model.FeatureCount);
    }

    [Fact]
    public void Learns_the_training_sentences_it_was_given()
    {
        var model = new SequenceTaggerTrainer().Fit(Small);

        foreach (var article in Small)
        {
            model.Transform(article.Text).Should().BeEquivalentTo(article.Entities, article.Id);
        }
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0 }, true)]
    [InlineData(new[] { 1, 2, 2, 0 }, true)]
    [InlineData(new[] { 0, 2 }, false)]
    [InlineData(new[] { 3, 2 }, false)]
    public void Labels_obey_bio_order(int[] labels, bool valid)
    {
        var ok = true;
        for (var t = 0; t < labels.Length; t++)
        {
            ok &= BioLabels.Allowed(t == 0 ? 0 : labels[t - 1], labels[t]);
        }

        ok.Should().Be(valid);
    }

    [Fact]
    public void Viterbi_never_starts_an_entity_with_an_inside_label_even_when_it_scores_best()
    {
        var L = BioLabels.Count;
        var scores = new float[2 * L];
        scores[BioLabels.Inside(EntityKind.Person)] = 10f;
        scores[L + BioLabels.Inside(EntityKind.Person)] = 10f;
        var labels = new int[2];

        Viterbi.Decode(scores, new float[(L + 1) * L], 2, L, new float[2 * L], new int[2 * L], labels);

        labels[0].Should().NotBe(BioLabels.Inside(EntityKind.Person));
    }

    private static byte[] Bytes(SequenceTaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
