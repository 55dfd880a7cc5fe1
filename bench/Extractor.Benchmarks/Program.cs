using BenchmarkDotNet.Running;

namespace Extractor.Benchmarks;

/// <summary>Runs the benchmarks named on the command line (<c>--filter *Normalization*</c>, <c>--job short</c>).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
