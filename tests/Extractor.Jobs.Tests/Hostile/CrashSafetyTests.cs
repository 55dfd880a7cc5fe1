using System.Diagnostics;
using System.Text.Json;
using Extractor.Jobs.Run;
using Microsoft.Data.Sqlite;

namespace Extractor.Jobs.Tests.Hostile;

/// <summary>Issue 10 item 4 and issue 9's resumability: SIGKILL at random points, restart, and nothing is lost or duplicated.</summary>
public sealed class CrashSafetyTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    /// <summary>An archive big enough that a run takes a few seconds on two cores, so kills land mid-run.</summary>
    private static string WriteArchive(TempFolder folder, int count)
    {
        var random = new Random(9);
        for (var i = 0; i < count; i++)
        {
            var paragraphs = Enumerable.Range(0, 4).Select(k =>
                $"Sáng {1 + (i + k) % 28}-{1 + i % 12}, Đảng ủy xã số {i} tổ chức hội nghị lần {k}. Đồng chí Nguyễn Văn {(char)('A' + k)}, Bí thư Đảng ủy chủ trì. "
                + $"Toàn Đảng bộ có {random.Next(10, 5000)} đảng viên, đạt {random.Next(10, 99)},{random.Next(10, 99)}% kế hoạch; {random.Next(1, 30)}/{random.Next(30, 40)} chi bộ hoàn thành.");
            folder.Write($"in/{i / 100:D3}/a{i:D5}.txt", $"{10 + i % 12}:{10 + i % 50}, {1 + i % 28:D2}/03/2024\n\nTin số {i}\n\n" + string.Join("\n\n", paragraphs) + "\n\nMINH KHÔI");
        }

        return folder.File("in");
    }

    private static RunCheckpointView? Checkpoint(string output)
    {
        try
        {
            var path = Path.Combine(output, RunOptions.CheckpointFileName);
            return File.Exists(path) ? JsonSerializer.Deserialize<RunCheckpointView>(File.ReadAllText(path)) : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, long> StoreCounts(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            check.ExecuteScalar().Should().Be("ok");
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in new[] { "articles", "sources", "figures", "events", "people", "appearances" })
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM {table}";
            counts[table] = (long)count.ExecuteScalar()!;
        }

        return counts;
    }

    [Fact]
    public async Task A_run_killed_at_random_points_and_restarted_ends_identical_to_an_uninterrupted_run()
    {
        using var folder = new TempFolder();
        var input = WriteArchive(folder, 800);
        string[] Args(string output) => ["run", input, "--out", output, "--jobs", "2", "--checkpoint", "0.2", "--progress", "none"];

        var whole = folder.File("whole");
        (await CliProcess.RunAsync(folder.Path, Limit, Args(whole))).Should().BeOneOf(0, 1);

        var killed = folder.File("killed");
        var random = new Random(20240702);
        var midRunKills = 0;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var process = CliProcess.Start(folder.Path, Args(killed));
            var before = Checkpoint(killed)?.Items ?? 0;
            var target = before + random.Next(20, 150);
            var watch = Stopwatch.StartNew();
            while (!process.HasExited && (Checkpoint(killed)?.Items ?? 0) < target && watch.Elapsed < Limit)
            {
                await Task.Delay(random.Next(5, 40));
            }

            CliProcess.KillHard(process);
            if (Checkpoint(killed) is { Complete: false })
            {
                midRunKills++;
            }
        }

        (await CliProcess.RunAsync(folder.Path, Limit, Args(killed))).Should().BeOneOf(0, 1);

        midRunKills.Should().BeGreaterThan(0, "at least one kill must land mid-run for this test to mean anything");
        File.ReadAllBytes(Path.Combine(killed, RunOptions.ArticlesFileName))
            .Should().Equal(File.ReadAllBytes(Path.Combine(whole, RunOptions.ArticlesFileName)));
        StoreCounts(Path.Combine(killed, RunOptions.StoreFileName))
            .Should().Equal(StoreCounts(Path.Combine(whole, RunOptions.StoreFileName)));
    }

    [Fact]
    public async Task An_extract_into_a_store_killed_mid_run_and_run_again_leaves_the_store_whole_without_duplicates()
    {
        using var folder = new TempFolder();
        var input = WriteArchive(folder, 600);
        var whole = folder.File("whole.db");
        (await CliProcess.RunAsync(folder.Path, Limit, "extract", input, "--db", whole, "-o", folder.File("whole.jsonl"), "--jobs", "2")).Should().BeOneOf(0, 1);

        var killed = folder.File("killed.db");
        using (var process = CliProcess.Start(folder.Path, "extract", input, "--db", killed, "-o", folder.File("killed.jsonl"), "--jobs", "2"))
        {
            var watch = Stopwatch.StartNew();
            while (!process.HasExited && (!File.Exists(folder.File("killed.jsonl")) || new FileInfo(folder.File("killed.jsonl")).Length < 150_000) && watch.Elapsed < Limit)
            {
                await Task.Delay(10);
            }

            process.HasExited.Should().BeFalse("the kill must land mid-run");
            CliProcess.KillHard(process);
        }

        StoreCounts(killed); // integrity_check after the kill itself
        (await CliProcess.RunAsync(folder.Path, Limit, "extract", input, "--db", killed, "-o", folder.File("killed.jsonl"), "--jobs", "2")).Should().BeOneOf(0, 1);

        StoreCounts(killed).Should().Equal(StoreCounts(whole));
    }

    private sealed record RunCheckpointView(long Items, bool Complete);
}
