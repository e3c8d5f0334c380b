using Antrag.Tests.BadInput;

namespace Antrag.Tests.Hostile;

public static partial class HostileCorpus
{
    /// <summary>The baseline: a valid motion, which the corpus's bounds must leave alone.</summary>
    private static IEnumerable<HostileCase> Basics() =>
    [
        new("valid-motion", dir => File.WriteAllText(Path.Combine(dir, "antrag.yaml"), GeneratedCaseTests.Motion), "exit: 0"),
    ];
}
