using System.Text;
using Extractor.Learning.Features;
using Extractor.Learning.Models;
using Extractor.Learning.Tagging;

namespace Extractor.Learning.Tests.Models;

public sealed class ModelFileTests
{
    [Theory]
    [InlineData("not a model at all", "not an Extractor model")]
    [InlineData("", "not an Extractor model")]
    public void Rejects_files_that_are_not_models(string content, string message)
    {
        var act = () => SequenceTaggerModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(content)));

        act.Should().Throw<InvalidDataException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Rejects_another_format_version()
    {
        var bytes = Header("sequence-tagger", SyllableFeaturizer.Default.FeatureSetId);
        BitConverter.GetBytes(ModelFile.FormatVersion + 1).CopyTo(bytes, 8);

        var act = () => SequenceTaggerModel.Load(new MemoryStream(bytes));

        act.Should().Throw<InvalidDataException>().WithMessage("*format version*");
    }

    [Fact]
    public void Rejects_a_model_trained_on_another_feature_set()
    {
        var act = () => SequenceTaggerModel.Load(new MemoryStream(Header("sequence-tagger", "syllable-v0+lex-00000000")));

        act.Should().Throw<InvalidDataException>().WithMessage("*feature set*extractor train*");
    }

    [Fact]
    public void Rejects_a_truncated_file()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Header("sequence-tagger", SyllableFeaturizer.Default.FeatureSetId));
            writer.Write(BioLabels.Count);
            foreach (var name in BioLabels.Names)
            {
                writer.Write(name);
            }

            writer.Write("info");
            writer.Write(1000);
        }

        stream.Position = 0;
        var act = () => SequenceTaggerModel.Load(stream);

        act.Should().Throw<InvalidDataException>().WithMessage("*truncated*");
    }

    private static byte[] Header(string kind, string featureSet)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("EXTRMODL"u8);
            writer.Write(ModelFile.FormatVersion);
            writer.Write(kind);
            writer.Write(featureSet);
        }

        return stream.ToArray();
    }
}
