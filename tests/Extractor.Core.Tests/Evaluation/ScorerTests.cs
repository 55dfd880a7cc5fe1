using Extractor.Evaluation;
using Extractor.Output;

namespace Extractor.Core.Tests.Evaluation;

public class ScorerTests
{
    private static GoldArticle Gold(params GoldFigure[] figures) => new() { Id = "d001", Stem = "d001", Figures = figures };

    private static ArticleRecord Predicted(params FigureRecord[] figures) => new() { SourceFile = "dev/d001.txt", Figures = figures };

    private static FigureRecord Figure(decimal value, string? unit, decimal? of = null) =>
        new() { Text = "x", Value = value, Unit = unit, Of = of, Kind = of is null ? "count" : "ratio" };

    [Fact]
    public void Figures_match_by_value_and_units_agree_by_first_word()
    {
        var gold = Gold(new GoldFigure { Value = 1600, Unit = "đảng viên" }, new GoldFigure { Value = 443, Unit = "lượt tổ chức đảng" });
        var report = Scorer.Score([gold], [Predicted(Figure(1600, "đảng viên dự bị"), Figure(443, "tổ chức đảng"))]);

        report.Metric("figures").F1.Should().Be(1);
        report.Metric("figures_unit").TruePositives.Should().Be(2, "'lượt tổ chức đảng' contains 'tổ chức đảng'");
    }

    [Fact]
    public void A_ratio_needs_the_same_whole()
    {
        var gold = Gold(new GoldFigure { Value = 31, Of = 36, Unit = "ủy ban kiểm tra" });
        var report = Scorer.Score([gold], [Predicted(Figure(31, "ủy ban kiểm tra", of: 35))]);

        report.Metric("figures").TruePositives.Should().Be(0);
        report.Metric("figures").FalsePositives.Should().Be(1);
    }

    [Fact]
    public void A_figure_predicted_twice_costs_precision()
    {
        var report = Scorer.Score([Gold(new GoldFigure { Value = 90, Unit = "đảng viên" })], [Predicted(Figure(90, "đảng viên"), Figure(90, "đảng viên"))]);

        report.Metric("figures").Precision.Should().Be(0.5);
        report.Metric("figures").Recall.Should().Be(1);
    }

    [Fact]
    public void Officials_match_by_name_key_and_titles_by_set()
    {
        var gold = new GoldArticle
        {
            Stem = "d001",
            Officials = [new OfficialRecord { Name = "Vũ Huy Hoà", Titles = ["Bí thư Tỉnh uỷ", "Chủ tịch HĐND tỉnh"] }],
        };
        var predicted = new ArticleRecord
        {
            SourceFile = "d001.txt",
            Officials =
            [
                new OfficialRecord { Name = "VŨ HUY HÒA", Titles = ["Bí thư Tỉnh ủy", "Trưởng Đoàn"] },
                new OfficialRecord { Name = "Nguyễn Văn A", Titles = ["Giám đốc"] },
            ],
        };

        var report = Scorer.Score([gold], [predicted]);

        report.Metric("officials").Should().Be(new MetricScore("officials", 1, 1, 0));
        report.Metric("titles").Should().Be(new MetricScore("titles", 1, 2, 1));
    }

    [Fact]
    public void Published_is_scored_on_the_date_and_a_date_without_gold_is_invented()
    {
        var dated = new GoldArticle { Stem = "a", Published = "2020-07-02T09:07" };
        var undated = new GoldArticle { Stem = "b", Published = null };
        var monthOnly = new GoldArticle { Stem = "c", Published = "2019-07" };
        var report = Scorer.Score(
            [dated, undated, monthOnly],
            [
                new ArticleRecord { SourceFile = "x/a.txt", Published = "2020-07-02T09:07:00+07:00" },
                new ArticleRecord { SourceFile = "x/b.txt", Published = "2020-01-01" },
                new ArticleRecord { SourceFile = "x/c.txt", Published = "2019-07-15" },
            ]);

        report.Accuracy("published").Should().Be(new AccuracyScore("published", 1, 1));
        report.InventedPublished.Should().Be(1);
    }

    [Fact]
    public void Events_match_on_date_and_report_kind_accuracy()
    {
        var gold = new GoldArticle
        {
            Stem = "e",
            Events = [new GoldEvent { Date = "2020-07-02", Kind = "hội nghị" }, new GoldEvent { Date = null, Kind = "lễ" }],
        };
        var predicted = new ArticleRecord
        {
            SourceFile = "e.txt",
            Events =
            [
                new EventRecord { Kind = "lễ", Name = "x", Date = "2020-07-02" },
                new EventRecord { Kind = "hội nghị", Name = "y", Date = "2020-07-03" },
            ],
        };

        var report = Scorer.Score([gold], [predicted]);

        report.Metric("events").Should().Be(new MetricScore("events", 1, 1, 0));
        report.Accuracy("events_kind").Correct.Should().Be(0);
    }

    [Fact]
    public void A_gold_article_without_prediction_counts_as_all_misses()
    {
        var gold = Gold(new GoldFigure { Value = 1, Unit = "x" });
        var report = Scorer.Score([gold], []);

        report.Metric("figures").FalseNegatives.Should().Be(1);
    }
}
