using System.CommandLine;
using System.Diagnostics;
using Antrag.Diagnostics;
using Antrag.Serve;

namespace Antrag.Cli;

/// <summary>The <c>serve</c> command: starts the local web server for drafting the motions of a folder in the browser.</summary>
public static class ServeCommand
{
    /// <summary>The port tried first when none is given; a free one is taken when it is in use.</summary>
    public const int DefaultPort = 8470;

    public static Command Create(Option<bool> verbose)
    {
        var dir = new Argument<string>("DIR") { Description = "The folder of motions to open (default: the current folder).", DefaultValueFactory = _ => "." };
        var port = new Option<int>("--port") { Description = $"The port on 127.0.0.1 (default {DefaultPort}, or a free one when that is in use).", DefaultValueFactory = _ => 0 };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 1 and 65535");
            }
        });
        var noOpen = new Option<bool>("--no-open") { Description = "Do not open the browser; only print the address." };
        var command = new Command(
            "serve",
            "Draft motions in the browser: a local web server (127.0.0.1 only) with the folder's motions, a form and the source,\n"
            + "and a live preview of the pages. The address printed carries a session key; stop with Ctrl+C.\n\n"
            + "Example:\n  antrag serve samples")
        {
            dir, port, noOpen,
        };
        command.SetAction((parse, cancel) => Run(parse.GetValue(dir)!, parse.GetValue(port), !parse.GetValue(noOpen), parse.GetValue(verbose), Console.Out, Console.Error, cancel));
        return command;
    }

    /// <summary>Serves <paramref name="dir"/> until <paramref name="cancel"/> is signalled; returns an exit code from <see cref="ExitCodes"/>.</summary>
    public static async Task<int> Run(string dir, int port, bool open, bool verbose, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        if (!Directory.Exists(dir))
        {
            if (File.Exists(dir))
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.NotAFile, dir, "serve opens a folder, not a file", "name the folder the motion is in");
            }
            else
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.FileNotFound, dir, "folder not found", "check the spelling; paths are relative to the current folder");
            }

            return ExitCodes.BadInput;
        }

        try
        {
            ServeServer server;
            try
            {
                server = await ServeServer.StartAsync(new ServeOptions { Root = Path.GetFullPath(dir), Port = port == 0 ? DefaultPort : port }, cancel);
            }
            catch (IOException) when (port == 0)
            {
                server = await ServeServer.StartAsync(new ServeOptions { Root = Path.GetFullPath(dir), Port = 0 }, cancel);
            }
            catch (IOException)
            {
                DiagnosticPrinter.Error(stderr, DiagnosticCodes.Usage, "--port", $"port {port} is in use", "give another port with --port, or leave --port out to take a free one");
                return ExitCodes.BadInput;
            }

            await using (server)
            {
                stdout.WriteLine($"antrag serve: {Path.GetFullPath(dir)}");
                stdout.WriteLine($"open {server.OpeningAddress}");
                stdout.WriteLine("(only this computer can connect; the address carries the session key. Stop with Ctrl+C.)");
                stdout.Flush();
                if (open)
                {
                    OpenBrowser(server.OpeningAddress, stderr);
                }

                await server.WaitAsync(cancel);
            }

            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DiagnosticPrinter.InternalError(ex, verbose, stderr);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Opens the address in the default browser; says so when that is not possible (the address is printed anyway).</summary>
    private static void OpenBrowser(string address, TextWriter stderr)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(address) { UseShellExecute = true }
                : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", address)
                : new ProcessStartInfo("xdg-open", address);
            start.RedirectStandardError = !OperatingSystem.IsWindows();
            start.RedirectStandardOutput = !OperatingSystem.IsWindows();
            using var process = Process.Start(start);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            stderr.WriteLine("could not open a browser; open the address above yourself");
        }
    }
}
