namespace Antrag.Tests.Infrastructure;

/// <summary>
/// The trait of the end-to-end tests: the test classes that run the antrag program as a process (<see cref="CliRunner"/>).
/// <c>.ci/run</c> runs them again against the Native AOT binary and the installed .NET tool (<c>ANTRAG_EXE</c>), selected
/// with <c>--filter Category=EndToEnd</c>: <c>[Trait(EndToEnd.Category, EndToEnd.Value)]</c>.
/// </summary>
public static class EndToEnd
{
    public const string Category = "Category";

    public const string Value = "EndToEnd";
}
