using Antrag.Cli;

return AntragCommandLine.Run(args, Console.Out, Console.Error);
