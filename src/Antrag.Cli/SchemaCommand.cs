using Antrag.Diagnostics;
using System.CommandLine;
using Antrag.Export;
using Antrag.Output;
using Antrag.Schemas;

namespace Antrag.Cli;

/// <summary>The <c>schema</c> command: writes the JSON Schemas of motions and profiles for editors.</summary>
public static class SchemaCommand
{
    public static Command Create(Option<bool> verbose)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write antrag.schema.json and fraktion.schema.json into (default: schemas).",
            DefaultValueFactory = _ => "schemas",
        };
        var command = new Command(
            "schema",
            "Write the JSON Schemas of motions (antrag.schema.json) and profiles (fraktion.schema.json).\n"
            + "Editors with the YAML language server (e.g. VS Code with the YAML extension) then complete keys and flag mistakes\n"
            + "in files whose first line is '# yaml-language-server: $schema=schemas/antrag.schema.json'.\n\n"
            + "Example:\n  antrag schema -o schemas")
        {
            output,
        };
        command.SetAction(parse => Run(parse.GetValue(output)!, parse.GetValue(verbose), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Writes the schemas into <paramref name="folder"/>; returns an exit code from <see cref="ExitCodes"/>.</summary>
    public static int Run(string folder, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        if (SchemaStore.Names.Select(name => OutputGuard.NotAFile(Path.Combine(folder, name))).OfType<Diagnostic>().FirstOrDefault() is { } refusal)
        {
            DiagnosticPrinter.Print([refusal], stderr);
            return ExitCodes.BadInput;
        }

        try
        {
            Directory.CreateDirectory(folder);
            // The kinds of document of the nearest profile are part of the motions' schema, as check knows them.
            var motions = Scaffold.MotionScaffold.DeclarationFor(Environment.CurrentDirectory);
            AtomicFile.WriteAll(SchemaStore.Names.Select(name => (Path.Combine(folder, name), SchemaStore.Read(name, motions))).ToList());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DiagnosticPrinter.Error(stderr, DiagnosticCodes.CannotWrite, folder, $"cannot write the schemas: {ex.Message}", "check that the folder can be written to");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            DiagnosticPrinter.InternalError(ex, verbose, stderr);
            return ExitCodes.InternalError;
        }

        foreach (var name in SchemaStore.Names)
        {
            stdout.WriteLine("wrote " + Path.Combine(folder, name));
        }

        return ExitCodes.Ok;
    }
}
