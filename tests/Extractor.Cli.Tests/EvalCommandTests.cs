using System.Text.Json;

namespace Extractor.Cli.Tests;

public class EvalCommandTests
{
    [Fact]
    public async Task Eval_scores_predictions_against_gold_files()
    {
        var dir = Directory.CreateTempSubdirectory("extractor-eval-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "x1.txt"), "Tin\n\nKết nạp 12 đảng viên.");
            await File.WriteAllTextAsync(
                Path.Combine(dir.FullName, "x1.gold.json"),
                """{"id":"x1","title":"Tin","published":null,"authors":[],"officials":[],"figures":[{"text":"12 đảng viên","value":12,"unit":"đảng viên","qualifier":null,"kind":"count"}],"events":[]}""");
            var predictions = Path.Combine(dir.FullName, "pred.jsonl");
            await File.WriteAllTextAsync(predictions, """{"source_file":"somewhere/x1.txt","figures":[{"text":"12 đảng viên","value":12,"of":null,"unit":"đảng viên","qualifier":null,"kind":"count","start":0,"end":1}]}""" + "\n");

            var (code, stdout, _) = await CliRunner.RunAsync("eval", "--gold", dir.FullName, "--predictions", predictions, "--json");

            code.Should().Be(0);
            using var json = JsonDocument.Parse(stdout);
            json.RootElement.GetProperty("metrics").GetProperty("figures_unit").GetProperty("f1").GetDouble().Should().Be(1);
            json.RootElement.GetProperty("accuracy").GetProperty("title").GetProperty("correct").GetInt32().Should().Be(0, "the predictions carry no title");
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Eval_on_a_missing_folder_exits_2()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("eval", "--gold", "/no/such/gold");

        code.Should().Be(2);
        stderr.Should().Contain("/no/such/gold");
    }

    [Fact]
    public async Task Eval_prints_a_table_with_every_metric()
    {
        var dir = Directory.CreateTempSubdirectory("extractor-eval-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "y.txt"), "Tiêu đề\n\nNội dung.");
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "y.gold.json"), """{"id":"y","title":"Tiêu đề","officials":[],"figures":[],"events":[]}""");

            var (code, stdout, _) = await CliRunner.RunAsync("eval", "--gold", dir.FullName);

            code.Should().Be(0);
            foreach (var metric in new[] { "officials", "titles", "figures", "figures_unit", "events", "published", "authors" })
            {
                stdout.Should().Contain(metric);
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
