using System.CommandLine;
using Antrag.Cli;

var verbose = new Option<bool>("--verbose") { Description = "Show details of internal errors (stack traces).", Recursive = true };
var root = new RootCommand(
    "antrag turns council motions written as YAML into the faction's letterhead PDF.\n\n"
    + "Example:\n  antrag render samples/krefeld/antrag-4493-23-A.yaml")
{
    RenderCommand.Create(verbose),
    CheckCommand.Create(verbose),
    NewCommand.Create(verbose),
    SchemaCommand.Create(verbose),
    WatchCommand.Create(verbose),
    AmendCommand.Create(verbose),
    BuildCommand.Create(verbose),
    ServeCommand.Create(verbose),
};
root.Options.Add(verbose);
return root.Parse(args).Invoke();
