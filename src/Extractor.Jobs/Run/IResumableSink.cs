using Extractor.Output;

namespace Extractor.Jobs.Run;

/// <summary>A record sink that can drop what it received after a checkpoint, so a resumed run writes nothing twice.</summary>
/// <remarks>
/// <c>extractor run</c> checkpoints after <see cref="IRecordSink.FlushAsync"/>; a kill between a flush and the
/// checkpoint leaves records in the sink that the restarted run writes again. On restart the run calls
/// <see cref="RewindAsync"/> with the number of records the checkpoint covers; the sink keeps exactly the first
/// given number of records it was first given and forgets the rest.
/// </remarks>
public interface IResumableSink : IRecordSink
{
    ValueTask RewindAsync(long records, CancellationToken cancellationToken = default);
}
