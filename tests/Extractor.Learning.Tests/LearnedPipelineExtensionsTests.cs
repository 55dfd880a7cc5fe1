using Extractor.Documents;
using Extractor.Learning.Officials;
using Extractor.Pipeline;

namespace Extractor.Learning.Tests;

public sealed class LearnedPipelineExtensionsTests(TrainedFixture trained) : IClassFixture<TrainedFixture>
{
    [Fact]
    public void Without_models_adds_no_stage_so_the_rules_alone_run()
    {
        var builder = new PipelineBuilder().Use(new FakeOfficialRules());

        builder.UseLearnedExtractors(LearnedModels.None, LearnedMode.Replace);

        builder.Stages.Select(s => s.Name).Should().Equal("officials-rules");
    }

    [Theory]
    [InlineData(LearnedMode.Augment, "officials-rules|officials-ml")]
    [InlineData(LearnedMode.Replace, "officials-ml")]
    public void Augments_or_replaces_the_stage_that_produces_officials(LearnedMode mode, string stages)
    {
        var builder = new PipelineBuilder().Use(new FakeOfficialRules());

        builder.UseLearnedExtractors(new LearnedModels(trained.Tagger, null), mode);

        builder.Stages.Select(s => s.Name).Should().Equal(stages.Split('|'));
        builder.Stages.OfType<LearnedOfficialStage>().Single().Mode.Should().Be(mode);
    }

    private sealed class FakeOfficialRules : IArticleProcessor
    {
        public string Name => "officials-rules";

        public IReadOnlySet<ArticleLayer> Requires { get; } = new HashSet<ArticleLayer>();

        public IReadOnlySet<ArticleLayer> Produces { get; } = new HashSet<ArticleLayer> { ArticleLayer.Officials };

        public ArticleDocument Process(ArticleDocument document, CancellationToken cancellationToken = default) => document;
    }
}
