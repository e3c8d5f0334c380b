using Antrag.Build;
using Antrag.Tests.BadInput;
using Antrag.Tests.Cli;
using UglyToad.PdfPig;

namespace Antrag.Tests.Build;

/// <summary><see cref="Publisher"/> alone: the index and the combined PDF are written when what they are made of changed, and only then.</summary>
public sealed class PublisherTests
{
    private static (Publisher Publisher, List<MotionSource> Motions, Dictionary<string, MotionRecord> Records) Rendered(TempFolder dir)
    {
        Directory.CreateDirectory(dir.File("antraege"));
        File.WriteAllText(dir.File("antraege/fraktion.yaml"), GeneratedCaseTests.Profile);
        var options = new BuildOptions { SourceDirectory = dir.File("antraege"), OutputDirectory = dir.File("out") };
        var files = new FileStates(dir.File("out"), new Dictionary<string, FileRecord>());
        var folder = new OutputFolder(dir.File("out"), files, Antrag.Export.AtomicFile.WriteAll);
        var renderer = new MotionRenderer(options, files, folder, new PathResolver(), "programm");
        var motions = new List<MotionSource>();
        var records = new Dictionary<string, MotionRecord>();
        foreach (var name in new[] { "01-a.yaml", "02-b.yaml" })
        {
            File.WriteAllText(dir.File("antraege/" + name), GeneratedCaseTests.Motion.Replace("Sanierung der Turnhalle", "Turnhalle " + name, StringComparison.Ordinal));
            var motion = new MotionSource(dir.File("antraege/" + name), name, dir.File("antraege/" + name));
            motions.Add(motion);
            records[name] = renderer.Render(motion, false, null).Record!;
        }

        return (new Publisher(options, files, folder), motions, records);
    }

    [Fact]
    public void The_index_is_written_when_the_motions_changed_or_it_is_not_as_written()
    {
        using var dir = new TempFolder();
        var (publisher, motions, records) = Rendered(dir);

        var written = publisher.WriteIndex(motions, records, new Dictionary<string, string>(), changed: true)!;
        Assert.Null(publisher.WriteIndex(motions, records, written, changed: false));
        Assert.NotNull(publisher.WriteIndex(motions[..1], records, written, changed: false));

        // Changed by hand: seen by the next build (a new set of file states), and written again.
        File.WriteAllText(dir.File("out/index.json"), "{}");
        var files = new FileStates(dir.File("out"), new Dictionary<string, FileRecord>());
        var next = new Publisher(new BuildOptions { SourceDirectory = dir.File("antraege"), OutputDirectory = dir.File("out") }, files, new OutputFolder(dir.File("out"), files, Antrag.Export.AtomicFile.WriteAll));
        Assert.NotNull(next.WriteIndex(motions, records, written, changed: false));
        Assert.Contains("02-b.yaml", File.ReadAllText(dir.File("out/index.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_combined_pdf_joins_the_motions_in_path_order_and_is_kept_while_nothing_changed()
    {
        using var dir = new TempFolder();
        var (publisher, motions, records) = Rendered(dir);
        var path = dir.File("out/sitzung.pdf");

        var first = publisher.WriteCombined(path, [motions[1], motions[0]], records, null, "programm")!;
        using (var pdf = PdfDocument.Open(path))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.True(text.IndexOf("01-a.yaml", StringComparison.Ordinal) < text.IndexOf("02-b.yaml", StringComparison.Ordinal));
        }

        File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Same(first, publisher.WriteCombined(path, motions, records, first, "programm"));
        Assert.Equal(2020, File.GetLastWriteTimeUtc(path).Year);

        var other = publisher.WriteCombined(path, motions[..1], records, first, "programm")!;
        Assert.NotEqual(first.From, other.From);
        Assert.NotEqual(2020, File.GetLastWriteTimeUtc(path).Year);
    }
}
