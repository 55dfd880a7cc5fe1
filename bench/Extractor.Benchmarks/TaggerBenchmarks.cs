using BenchmarkDotNet.Attributes;
using Extractor.Learning.Corpus;
using Extractor.Learning.Models;
using Extractor.Learning.Tagging;
using Extractor.Learning.Text;
using Extractor.Learning.Training;

namespace Extractor.Benchmarks;

/// <summary>Sequence tagging speed in syllables per second on one core (target: at least 300 000, i.e. at most 3.33 µs per syllable).</summary>
/// <remarks>
/// Tags exactly <see cref="SyllablesPerCall"/> tokens of the team's training corpus (sentence by sentence, features and Viterbi
/// included) with the shipped entity tagger; BenchmarkDotNet's time per operation is the time per syllable.
/// Without a models folder the tagger is trained on the corpus first, so the benchmark always runs.
/// </remarks>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    /// <summary>Tokens tagged per call.</summary>
    public const int SyllablesPerCall = 10_000;

    private readonly List<(string Text, Token[] Tokens)> _sentences = [];
    private SequenceTaggerModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = FindCorpus();
        var articles = TrainingCorpusReader.LoadDirectory(ModelTrainingJob.TrainingDirectory(corpus));
        var models = ModelPaths.FindModelsDirectory();
        _model = models is not null
            ? SequenceTaggerModel.Load(Path.Combine(models, ModelPaths.EntityTagger))
            : new SequenceTaggerTrainer().Fit(articles);

        var remaining = SyllablesPerCall;
        while (remaining > 0)
        {
            foreach (var article in articles)
            {
                var tokens = SyllableTokenizer.Tokenize(article.Text);
                foreach (var range in SyllableTokenizer.Sentences(article.Text, tokens))
                {
                    var (offset, length) = range.GetOffsetAndLength(tokens.Length);
                    length = Math.Min(length, remaining);
                    if (length == 0)
                    {
                        return;
                    }

                    _sentences.Add((article.Text, tokens.AsSpan(offset, length).ToArray()));
                    remaining -= length;
                }
            }
        }
    }

    [Benchmark(OperationsPerInvoke = SyllablesPerCall)]
    public int TagSyllables()
    {
        var tagged = 0;
        foreach (var (text, tokens) in _sentences)
        {
            tagged += _model.TagTokens(text, tokens);
        }

        return tagged;
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus", "training");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(dir.FullName, "corpus");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "corpus");
    }
}
