using NodaTime;

namespace Extractor.Cli.Commands;

/// <summary>What <c>extractor normalize date</c> was asked: the default reference date for year-less and relative expressions.</summary>
internal sealed record NormalizeDateOptions(LocalDate? Reference);
