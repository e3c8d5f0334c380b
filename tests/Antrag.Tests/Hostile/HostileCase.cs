namespace Antrag.Tests.Hostile;

/// <summary>
/// One hostile or careless input: <see cref="Write"/> fills a folder that already holds a valid <c>fraktion.yaml</c> (it may
/// overwrite it) and writes the motion <c>antrag.yaml</c> (or names another file in <see cref="Input"/>); <see cref="Expected"/>
/// is what <c>antrag check</c> and <c>antrag render</c> must print, as code lines (<c>antrag.yaml(3,1): error ANT1103</c>,
/// then <c>exit: 1</c>; see <see cref="Infrastructure.DiagnosticText.CodeLines"/>). Every case must finish within the corpus's
/// time and memory bound. <see cref="UnixOnly"/> marks a case that needs what only Linux and macOS have (devices, named pipes,
/// symbolic links without privileges): it is left out elsewhere, and out of the golden file of all messages.
/// </summary>
public sealed record HostileCase(string Name, Action<string> Write, string Expected, string Input = "antrag.yaml", bool UnixOnly = false)
{
    /// <summary>The case's name, shown by the test runner.</summary>
    public override string ToString() => Name;
}
