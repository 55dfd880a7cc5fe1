namespace Extractor.Cli.Tests.Commands;

/// <summary>Tests that replace the process-wide <see cref="Console.In"/> run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StandardInputCollection
{
    public const string Name = "standard input (normalize date)";
}
