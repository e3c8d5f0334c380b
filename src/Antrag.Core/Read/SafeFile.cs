using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>
/// The one door through which antrag reads an input file (motion, profile, template, logo, signature image, font): its path
/// is followed through every link and must lead to a regular file inside the allowed folders, and at most the file's limit
/// plus one byte is read, whatever size the system reports (devices and files of the system report 0 bytes). A file that
/// reports 0 bytes is opened on a thread of its own, so that a named pipe without a writer cannot hang antrag.
/// </summary>
internal static class SafeFile
{
    // Files that reported 0 bytes and did not open in time (named pipes), by path and time of last change.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path, DateTime Changed), bool> NeverOpened = new();

    /// <summary>
    /// Reads <paramref name="path"/> (relative paths from the current folder) if it is a regular file of at most
    /// <paramref name="cap"/> bytes inside <paramref name="allowed"/> (null: anywhere).
    /// </summary>
    public static FileContent Read(string path, long cap, AllowedFolders? allowed)
    {
        try
        {
            path = Path.GetFullPath(path);
            var real = LinkResolver.Resolve(path);
            if (real is null)
            {
                return Refused(DiagnosticCodes.CannotRead, $"is a link that leads in a circle (or through more than {InputLimits.LinkHops} links)", "make the link point to the file itself");
            }

            if (allowed is not null && !allowed.Contains(real))
            {
                var shown = LinkResolver.LinkTarget(path) ?? real;
                return Refused(
                    DiagnosticCodes.OutsideFolder,
                    "lies outside " + allowed.Description,
                    $"it leads to {shown}; antrag reads such files only from {string.Join(" or ", allowed.Folders)}");
            }

            if (Directory.Exists(real))
            {
                return Refused(DiagnosticCodes.NotAFile, "is a folder, not a file", "name a file inside the folder");
            }

            var info = new FileInfo(real);
            if (!info.Exists)
            {
                return Refused(DiagnosticCodes.FileNotFound, "does not exist", $"looked for {path}");
            }

            var reported = info.Length;
            if (reported > cap)
            {
                return TooLarge(cap);
            }

            return reported == 0 ? ReadReportedEmpty(real) : ReadAtMost(real, reported, cap);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Refused(DiagnosticCodes.CannotRead, "cannot be read: " + ex.Message, "check that the file exists, that you may read it and that no other program holds it locked");
        }
    }

    /// <summary>Reads a regular file that reports <paramref name="reported"/> bytes: at most <paramref name="cap"/> + 1 bytes.</summary>
    private static FileContent ReadAtMost(string real, long reported, long cap)
    {
        using var stream = Open(real);
        var buffer = new byte[reported + 1];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > cap)
                {
                    return TooLarge(cap);
                }

                Array.Resize(ref buffer, (int)Math.Min(cap + 1, 2L * buffer.Length));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total > cap ? TooLarge(cap) : new FileContent(total == buffer.Length ? buffer : buffer[..total], null);
    }

    /// <summary>
    /// A file that reports 0 bytes: empty, or a device, a named pipe or a file of the system. It is opened on a thread of its
    /// own (opening a named pipe waits for a writer); one that does not open at once, or that has bytes after all, is refused.
    /// </summary>
    private static FileContent ReadReportedEmpty(string real)
    {
        var key = (real, File.GetLastWriteTimeUtc(real));
        if (NeverOpened.ContainsKey(key))
        {
            return NotRegular();
        }

        var open = Task.Factory.StartNew(() => Open(real), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!open.Wait(InputLimits.EmptyFileOpenTime))
            {
                // Left to open if it ever does, then closed; not waited for again (a build reads a file several times).
                NeverOpened.TryAdd(key, true);
                _ = open.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                return NotRegular();
            }
        }
        catch (AggregateException ex) when (ex.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
        }

        using var stream = open.Result;
        return stream.ReadByte() < 0 ? new FileContent([], null) : NotRegular();
    }

    private static FileStream Open(string real) =>
        new(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private static FileContent NotRegular() => Refused(
        DiagnosticCodes.NotRegularFile,
        "is not a regular file but a device, a named pipe or another special file",
        "name an ordinary file");

    private static FileContent TooLarge(long cap) => Refused(
        DiagnosticCodes.FileTooLarge,
        $"is larger than {InputLimits.Describe(cap)}",
        "check that the right file is named; docs/limits.md lists the limits");

    private static FileContent Refused(DiagnosticCode code, string problem, string hint) => new(null, new FileRefusal(code, problem, hint));
}
