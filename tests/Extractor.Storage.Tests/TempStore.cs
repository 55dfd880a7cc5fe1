using Microsoft.Data.Sqlite;

namespace Extractor.Storage.Tests;

/// <summary>A real SQLite file in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "extractor-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DbPath = System.IO.Path.Combine(Folder, "facts.db");
    }

    public string Folder { get; }

    public string DbPath { get; }

    public FactStore Open() => FactStore.Open(DbPath);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; the test's result does not depend on it.
        }
    }
}
