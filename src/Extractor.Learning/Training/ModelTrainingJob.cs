using Extractor.Learning.Classification;
using Extractor.Learning.Corpus;
using Extractor.Learning.Models;
using Extractor.Learning.Tagging;

namespace Extractor.Learning.Training;

/// <summary>Trains every shipped model from the training corpus and writes them under the models folder.</summary>
/// <remarks>Deterministic: the same corpus and options write byte-identical files (no timestamps, ordered features, seeded shuffles).</remarks>
public sealed class ModelTrainingJob(TrainOptions options)
{
    /// <exception cref="DirectoryNotFoundException">The corpus folder does not exist.</exception>
    /// <exception cref="FormatException">A training file has malformed markup.</exception>
    public IReadOnlyList<TrainedModel> Run()
    {
        var source = TrainingDirectory(options.CorpusDirectory);
        var articles = TrainingCorpusReader.LoadDirectory(source);
        if (articles.Count == 0)
        {
            throw new DirectoryNotFoundException($"no training articles (### id … markup in *.txt) under {source}");
        }

        var tagger = new SequenceTaggerTrainer(options.Tagger).Fit(articles);
        var taggerPath = Write(ModelPaths.EntityTagger, tagger.Save);

        var sentences = EventSentences(articles);
        var tense = new TextClassifierTrainer(options.Classifier).Fit(sentences);
        var tensePath = Write(ModelPaths.EventTense, tense.Save);

        return
        [
            new TrainedModel(taggerPath, new FileInfo(taggerPath).Length, tagger.TrainingInfo),
            new TrainedModel(tensePath, new FileInfo(tensePath).Length, tense.TrainingInfo),
        ];
    }

    /// <summary>The corpus's <c>training/</c> subfolder when it has one, else the folder itself.</summary>
    public static string TrainingDirectory(string corpusDirectory)
    {
        if (!Directory.Exists(corpusDirectory))
        {
            throw new DirectoryNotFoundException($"corpus folder not found: {corpusDirectory}");
        }

        var training = Path.Combine(corpusDirectory, "training");
        return Directory.Exists(training) ? training : corpusDirectory;
    }

    /// <summary>The annotated event sentences as classifier examples labelled "Reported" or "Planned".</summary>
    public static IReadOnlyList<LabeledText> EventSentences(IEnumerable<AnnotatedArticle> articles) =>
        [.. articles.SelectMany(a => a.EventSentences.Select(s => new LabeledText(s.Span.Of(a.Text), s.Tense.ToString())))];

    private string Write(string relative, Action<Stream> save)
    {
        var path = Path.Combine(options.OutputDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new MemoryStream())
        {
            save(stream);
            File.WriteAllBytes(path, stream.ToArray());
        }

        return path;
    }
}
