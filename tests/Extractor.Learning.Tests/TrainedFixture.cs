using Extractor.Learning.Corpus;
using Extractor.Learning.Tagging;
using Extractor.Testing;

namespace Extractor.Learning.Tests;

/// <summary>The team's training corpus and a tagger trained on it once per test run.</summary>
public sealed class TrainedFixture
{
    public TrainedFixture()
    {
        Articles = TrainingCorpusReader.LoadDirectory(Path.Combine(RepositoryPaths.Corpus, "training"));
        Tagger = new SequenceTaggerTrainer().Fit(Articles);
    }

    public IReadOnlyList<AnnotatedArticle> Articles { get; }

    public SequenceTaggerModel Tagger { get; }
}
