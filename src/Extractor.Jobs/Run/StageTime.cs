namespace Extractor.Jobs.Run;

/// <summary>Where the time of one benchmark pass goes: one step (reading and HTML extraction, or a pipeline stage) and its share.</summary>
/// <param name="Pass">"html" or "text".</param>
/// <param name="Step">"read" (file, decoding, HTML extraction) or a stage name.</param>
/// <param name="MillisecondsPerPage">Mean time of the step per page, on one thread.</param>
public sealed record StageTime(string Pass, string Step, double MillisecondsPerPage, double Share);
