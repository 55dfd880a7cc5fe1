using System.Text;

namespace Extractor.Learning.Models;

/// <summary>The header every model file starts with: magic, format version, model kind and feature set id.</summary>
/// <remarks>
/// Layout (little-endian): 8 bytes "EXTRMODL", int32 format version, then length-prefixed UTF-8 strings for the
/// kind and the feature set id. Files carry no timestamps or paths, so training twice gives identical bytes.
/// </remarks>
public static class ModelFile
{
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "EXTRMODL"u8.ToArray();

    internal static BinaryWriter CreateWriter(Stream stream, string kind, string featureSetId)
    {
        var writer = new BinaryWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(kind);
        writer.Write(featureSetId);
        return writer;
    }

    /// <exception cref="InvalidDataException">Not a model file, another format version, another kind, or another feature set.</exception>
    /// <summary>Writes a weight table in the shared layout: feature keys in ascending order, then each key's weights.</summary>
    /// <remarks>Ordering by key makes the file independent of the order features were met in training (bit-for-bit reproducible).</remarks>
    internal static void WriteWeights(BinaryWriter writer, IReadOnlyDictionary<ulong, int> index, float[] weights, int labelCount)
    {
        var ordered = index.OrderBy(x => x.Key).ToArray();
        writer.Write(ordered.Length);
        foreach (var (key, _) in ordered)
        {
            writer.Write(key);
        }

        foreach (var (_, f) in ordered)
        {
            for (var y = 0; y < labelCount; y++)
            {
                writer.Write(weights[(f * labelCount) + y]);
            }
        }
    }

    internal static BinaryReader OpenReader(Stream stream, string kind, string featureSetId)
    {
        var reader = new BinaryReader(stream, new UTF8Encoding(false), leaveOpen: true);
        var magic = reader.ReadBytes(Magic.Length);
        if (!magic.AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException("not an Extractor model file");
        }

        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"model format version {version}; this build reads version {FormatVersion} (run extractor train)");
        }

        var fileKind = reader.ReadString();
        if (fileKind != kind)
        {
            throw new InvalidDataException($"model kind '{fileKind}', expected '{kind}'");
        }

        var features = reader.ReadString();
        if (features != featureSetId)
        {
            throw new InvalidDataException($"model trained on feature set '{features}'; this build computes '{featureSetId}' (run extractor train)");
        }

        return reader;
    }
}
