using Extractor.Jobs.Run;
using Extractor.Jobs.Tests.Hostile;
using Extractor.Output;
using Extractor.Testing;

namespace Extractor.Jobs.Tests.Run;

/// <summary>The built <c>extractor run</c> as a user starts it: the README's first command on a fresh checkout.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Processes_the_bundled_sample_when_given_no_source()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");

        var code = await CliProcess.RunAsync(RepositoryPaths.Root, TimeSpan.FromMinutes(3), "run", "--out", output, "--progress", "none");

        code.Should().Be(0);
        var records = JsonLines.ReadFile(Path.Combine(output, RunOptions.ArticlesFileName)).ToList();
        records.Select(r => Path.GetFileName(r.SourceFile))
            .Should().Equal(Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "sample"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        File.Exists(Path.Combine(output, RunOptions.StoreFileName)).Should().BeTrue();
    }

    [Fact]
    public async Task Names_a_missing_source_as_a_usage_error()
    {
        using var folder = new TempFolder();

        var code = await CliProcess.RunAsync(folder.Path, TimeSpan.FromMinutes(2), "run", folder.File("nowhere"), "--out", folder.File("out"));

        code.Should().Be(2);
        Directory.Exists(folder.File("out")).Should().BeFalse("nothing is written for a usage error");
    }
}
