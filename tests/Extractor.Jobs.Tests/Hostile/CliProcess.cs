using System.Diagnostics;

namespace Extractor.Jobs.Tests.Hostile;

/// <summary>Starts the built <c>extractor</c> CLI as a child process, so tests can kill it with SIGKILL mid-run.</summary>
internal static class CliProcess
{
    /// <summary>extractor.dll: copied beside the tests (the test project references the CLI) or in the CLI's own output folder.</summary>
    public static string Dll { get; } = Find();

    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the CLI to the end and returns its exit code.</summary>
    public static async Task<int> RunAsync(string workingDirectory, TimeSpan limit, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"extractor {string.Join(' ', args)} did not finish within {limit}");
        }

        return process.ExitCode;
    }

    /// <summary>SIGKILL: no handler runs, nothing is flushed.</summary>
    public static void KillHard(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    private static string Find()
    {
        var here = AppContext.BaseDirectory;
        var candidates = new[]
        {
            Path.Combine(here, "extractor.dll"),
            Path.GetFullPath(Path.Combine(here, "..", "..", "Extractor.Cli", Path.GetFileName(Path.TrimEndingDirectorySeparator(here)), "extractor.dll")),
        };
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("extractor.dll not found beside the tests; build tests/Extractor.Jobs.Tests (it references the CLI)");
    }
}
