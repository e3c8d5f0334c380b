using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>
/// Why <see cref="SafeFile"/> did not read a file: the code, what is wrong with it (words that follow the file's name in a
/// message) and what to do.
/// </summary>
internal sealed record FileRefusal(DiagnosticCode Code, string Problem, string Hint)
{
    /// <summary>The message about a file named <paramref name="subject"/>, e.g. "the logo 'logo.svg' is larger than 8 MB".</summary>
    public string Message(string subject) => subject + " " + Problem;
}
