using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Output;
using Antrag.Watching;

namespace Antrag.Cli;

/// <summary>The <c>watch</c> command: renders a motion again each time it, its profile, a template, logo or font is saved.</summary>
public static class WatchCommand
{
    /// <summary>How often the files are looked at.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(40);

    /// <summary>How long a change must rest before rendering, so that an editor's save in several writes is read once, complete.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(30);

    public static Command Create(Option<bool> verbose)
    {
        var file = new Argument<string>("FILE") { Description = "The motion to watch and render (.yaml or .md)." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the PDF. Default: next to FILE with .pdf." };
        var png = new Option<bool>("--png") { Description = "Also write PNG pages (NAME-1.png, …) next to the PDF." };
        var command = new Command(
            "watch",
            "Render a motion to PDF, then again each time the motion, its profile, a template, the logo or a font is saved.\n"
            + "A broken file prints the error instead and the last good PDF stays as it was. Stop with Ctrl+C.\n\n"
            + "Example:\n  antrag watch antraege/antrag-radverkehr.yaml --png")
        {
            file, output, png,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(
            parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(png), parse.GetValue(verbose), Console.Out, Console.Error, cancel)));
        return command;
    }

    /// <summary>Watches until <paramref name="cancel"/> is signalled; returns an exit code from <see cref="ExitCodes"/>.</summary>
    public static int Run(string file, string? output, bool png, bool verbose, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        if (!File.Exists(file))
        {
            if (Directory.Exists(file))
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.NotAFile, file, "this is a folder; watch takes one motion file", "name the motion file to watch");
            }
            else
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.FileNotFound, file, "file not found", "check the spelling; paths are relative to the current folder");
            }
            return ExitCodes.BadInput;
        }

        var full = Path.GetFullPath(file);
        var pdf = output ?? Path.ChangeExtension(file, ".pdf");
        var refusals = RenderJob.Refusals([file], pdf, OutputFormat.Pdf, PngExporter.DefaultDpi);
        if (refusals.Count == 0 && png)
        {
            refusals = RenderJob.Refusals([file], Path.ChangeExtension(pdf, ".png"), OutputFormat.Png, PngExporter.DefaultDpi);
        }

        if (refusals.Count > 0)
        {
            DiagnosticPrinter.Print(refusals, stderr);
            return ExitCodes.BadInput;
        }

        stdout.WriteLine($"watching {file} and what it uses; the PDF is {pdf} (Ctrl+C to stop)");
        IReadOnlyList<(string FullPath, bool IsFolder)> dependencies = [];
        while (!cancel.IsCancellationRequested)
        {
            dependencies = Dependencies(file, full, dependencies);
            var rendered = FileSnapshot.Take(dependencies);
            Render(file, pdf, png, verbose, stdout, stderr);

            // Wait for the next save of anything the motion was made from.
            while (!cancel.IsCancellationRequested && FileSnapshot.Take(dependencies).Equals(rendered))
            {
                cancel.WaitHandle.WaitOne(PollInterval);
            }

            cancel.WaitHandle.WaitOne(SettleTime);
        }

        return ExitCodes.Ok;
    }

    private static void Render(string file, string pdf, bool png, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        stdout.WriteLine($"[{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] rendering {file}");
        var exit = RenderCommand.Run([file], pdf, OutputFormat.Pdf, PngExporter.DefaultDpi, verbose, stdout, stderr);
        if (exit == ExitCodes.Ok && png)
        {
            exit = RenderCommand.Run([file], Path.ChangeExtension(pdf, ".png"), OutputFormat.Png, PngExporter.DefaultDpi, verbose, stdout, stderr);
        }

        stdout.WriteLine(exit == ExitCodes.Ok
            ? string.Create(CultureInfo.InvariantCulture, $"done in {clock.ElapsedMilliseconds} ms; waiting for changes")
            : "not rendered; the last good PDF is unchanged; waiting for changes");
        stdout.Flush();
        stderr.Flush();
    }

    /// <summary>What the motion is made from now; while it cannot be read, its possible profiles and what it used before.</summary>
    private static IReadOnlyList<(string FullPath, bool IsFolder)> Dependencies(string file, string full, IReadOnlyList<(string FullPath, bool IsFolder)> before)
    {
        try
        {
            var loaded = new DiagnosticBag().Take(Pipeline.Load(file));
            return loaded is not null
                ? MotionDependencies.Of(loaded, full)
                : MotionDependencies.Candidates(full).Concat(before).Distinct().ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return MotionDependencies.Candidates(full).Concat(before).Distinct().ToList();
        }
    }
}
