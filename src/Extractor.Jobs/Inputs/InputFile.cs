namespace Extractor.Jobs.Inputs;

/// <summary>How an input file is read.</summary>
public enum InputFormat
{
    /// <summary>By extension, then by content.</summary>
    Auto,
    Text,
    Html,
    Warc,
    JsonLines,
}

/// <summary>One input file: the path as the user wrote it (reported in records) and where it is.</summary>
public sealed record InputFile(string DisplayPath, string FullPath);

/// <summary>A path given on the command line that does not exist: a usage error.</summary>
public sealed class InputNotFoundException(string path) : Exception($"no such file or directory: {path}")
{
    public string PathGiven { get; } = path;
}
