using Extractor.Cli;

return await CliApp.RunAsync(args, Console.Out, Console.Error);
