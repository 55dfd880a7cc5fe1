using Extractor.Output;
using Extractor.Storage;
using Microsoft.Data.Sqlite;

namespace Extractor.Web.Tests;

/// <summary>A facts store written from hand-made records (invented people and places) in a temporary folder.</summary>
public sealed class SiteData : IDisposable
{
    public const string Hostile = "<script>alert('x')</script>";

    public SiteData()
    {
        Folder = Path.Combine(Path.GetTempPath(), "extractor-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DbPath = Path.Combine(Folder, "facts.db");
        using var store = FactStore.Open(DbPath);
        store.IndexAll(
        [
            Record("2022.txt", "Kết nạp đảng viên năm 2022\nSáng 2-7, đồng chí Trần Quốc Hưng, Phó Bí thư Tỉnh ủy, dự hội nghị. Năm 2022, toàn tỉnh kết nạp 1.250 đảng viên.", "2022-07-02", "Tân Lập")
                .Official("Trần Quốc Hưng", "Phó Bí thư Tỉnh ủy")
                .Figure("1.250 đảng viên", 1250, "đảng viên"),
            Record("2023.txt", "Kết nạp đảng viên năm 2023\nĐồng chí Trần Quốc Hưng, Bí thư Tỉnh ủy, cho biết năm 2023 kết nạp hơn 1.600 đảng viên, 81,01% chi bộ đạt chuẩn.", "2023-12-20T09:00:00+07:00", "Tân Lập")
                .Official("Trần Quốc Hưng", "Bí thư Tỉnh ủy")
                .Figure("hơn 1.600 đảng viên", 1600, "đảng viên", "hơn")
                .Figure("81,01%", 81.01m, "%", null, "percent"),
            Record("hostile.txt", $"Bài có mã lạ\nĐồng chí Lê Thị Mai, Chủ tịch UBND huyện, viết {Hostile} trong bài. Hội nghị tổng kết năm 2023 diễn ra.", "2024-01-05", "Bình Giang")
                .Official("Lê Thị Mai", "Chủ tịch UBND huyện")
                .Event("hội nghị", "Hội nghị tổng kết năm 2023", "2024-01-04"),
        ]);
    }

    public string Folder { get; }

    public string DbPath { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; no test depends on it.
        }
    }

    private static ArticleRecord Record(string source, string text, string published, string province) =>
        new() { SourceFile = source, Title = text.Split('\n')[0], Text = text, Published = published, Province = province };
}
