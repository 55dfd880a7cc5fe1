namespace Extractor.Jobs.Run;

/// <summary>A source or output folder <c>extractor run</c> cannot use (a usage error: the message names it).</summary>
public sealed class RunSourceException(string message) : Exception(message);
