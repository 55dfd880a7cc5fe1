using Extractor.Jobs;
using Extractor.Learning;
using Serilog;

namespace Extractor.Cli.Commands;

/// <summary>Reads <c>--extractors</c> and says so on stderr when the learned half cannot run.</summary>
/// <remarks>A models folder missing or out of step with the program would otherwise quietly turn "rules+ml" into
/// "rules": a researcher must see that in the log, not discover it in the scores.</remarks>
internal static class ExtractorChoice
{
    public static ExtractorSet Parse(string? value)
    {
        var set = ExtractorSetNames.Parse(value ?? "rules+ml");
        if (set != ExtractorSet.Rules)
        {
            foreach (var problem in LearnedModels.Shared.Problems)
            {
                Log.Warning("learned extractors: {Problem}", problem);
            }
        }

        return set;
    }
}
