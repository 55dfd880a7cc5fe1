using System.Diagnostics;
using Extractor.Learning.Models;
using Extractor.Learning.Training;
using Extractor.Testing;

namespace Extractor.Learning.Tests.Models;

public sealed class ShippedModelsTests
{
    private static readonly string Shipped = Path.Combine(RepositoryPaths.Root, "models");

    [Fact]
    public void Training_on_the_repository_corpus_reproduces_the_shipped_models_bit_for_bit()
    {
        var output = Directory.CreateTempSubdirectory("extractor-train-").FullName;
        try
        {
            var models = new ModelTrainingJob(new TrainOptions(RepositoryPaths.Corpus, output)).Run();

            models.Should().HaveCount(2);
            foreach (var relative in new[] { ModelPaths.EntityTagger, ModelPaths.EventTense })
            {
                File.ReadAllBytes(Path.Combine(output, relative)).Should().Equal(File.ReadAllBytes(Path.Combine(Shipped, relative)), relative);
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Shipped_models_load_without_problems_in_under_200_ms_and_stay_under_20_MB()
    {
        LearnedModels.Load(Shipped); // warm up the runtime, not the files

        var watch = Stopwatch.StartNew();
        var models = LearnedModels.Load(Shipped);
        watch.Stop();

        models.Problems.Should().BeEmpty();
        models.Tagger.Should().NotBeNull();
        models.EventTense.Should().NotBeNull();
        watch.ElapsedMilliseconds.Should().BeLessThan(200);
        new FileInfo(Path.Combine(Shipped, ModelPaths.EntityTagger)).Length.Should().BeLessThan(20 * 1024 * 1024);
    }

    [Fact]
    public void A_missing_models_folder_gives_no_models_and_says_why()
    {
        var models = LearnedModels.Load(Path.Combine(Path.GetTempPath(), "no-such-models-" + Guid.NewGuid()));

        models.Tagger.Should().BeNull();
        models.EventTense.Should().BeNull();
        models.Problems.Should().ContainSingle().Which.Should().Contain("not found");
    }
}
