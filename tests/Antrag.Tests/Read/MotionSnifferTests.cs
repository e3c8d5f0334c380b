using Antrag.Read;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Read;

/// <summary>Which files a folder search takes for motions: those with a motion's keys at the top level (in the front matter for Markdown).</summary>
public sealed class MotionSnifferTests
{
    [Theory]
    [InlineData("betreff: Radwege\n", false, true)]
    [InlineData("\uFEFF# Kommentar\ndatum: 01.02.2024\nunterzeichner:\n  - name: A\n", false, true)]
    [InlineData("\"betreff\": Radwege\n", false, true)]
    [InlineData("---\nart: anfrage\n", false, true)]
    [InlineData("betreff: [kaputt\n", false, true)]
    [InlineData("name: Anträge\non: [push]\njobs:\n  build:\n    steps:\n      - run: antrag build\n", false, false)]
    [InlineData("liste:\n  - betreff: eingerückt\n", false, false)]
    [InlineData("betreffs: anders\nartikel: x\n", false, false)]
    [InlineData("---\nbetreff: Solardächer\n---\n\n## Beschlussentwurf\n", true, true)]
    [InlineData("# Anträge 2024\n\nbetreff: nur im Text\n", true, false)]
    [InlineData("---\ntitel: Notiz\n---\nbetreff: nach dem Kopf\n", true, false)]
    public void Tells_motions_from_other_files(string text, bool markdown, bool motion) =>
        Assert.Equal(motion, MotionSniffer.LooksLikeMotion(text, markdown));

    [Fact]
    public void Every_sample_motion_is_a_motion_and_the_CI_examples_are_not()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetExtension(f) is ".yaml" or ".yml" or ".md" && !Antrag.Checker.IsProfile(f)))
        {
            var ci = Path.GetRelativePath(RepoPaths.Samples, file).StartsWith("ci", StringComparison.Ordinal);
            Assert.True(MotionSniffer.LooksLikeMotion(file) != ci, file);
        }

        Assert.True(File.Exists(RepoPaths.Sample("ci", "github-actions.yml")));
        Assert.True(File.Exists(RepoPaths.Sample("ci", "gitlab-ci.yml")));
    }
}
