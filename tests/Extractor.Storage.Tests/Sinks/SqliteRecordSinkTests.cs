using Extractor.Output;
using Extractor.Storage.Sinks;

namespace Extractor.Storage.Tests.Sinks;

public sealed class SqliteRecordSinkTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Makes_written_records_visible_to_readers_after_a_flush()
    {
        await using var sink = new SqliteRecordSink(_temp.DbPath, batchSize: 1000);
        IRecordSink asSink = sink;
        await asSink.WriteAsync(Some.Article("a.txt", "Tin\nĐồng chí Lê Văn Hòa, Chủ tịch UBND huyện.").With("Lê Văn Hòa", "Chủ tịch UBND huyện"));

        await asSink.FlushAsync();

        using var reader = FactStore.OpenReadOnly(_temp.DbPath);
        reader.FindPeople("le van hoa").Should().ContainSingle();
        sink.Summary.Added.Should().Be(1);
        asSink.Name.Should().Be("sqlite");
    }
}
