using System.Text.RegularExpressions;
using Antrag.Diagnostics;
using Antrag.Export;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.PdfA;

/// <summary>
/// The checks of tagged PDF catch what they are for: each row plants one fault in a good file (see <see cref="PdfSurgery"/>)
/// and expects the problem under its rule: a clause of ISO 19005-2 (PDF/A-2a), a failure condition of the Matterhorn
/// Protocol (MP, PDF/UA-1), or a rule of our own (antrag) about the tree and the marked content agreeing.
/// </summary>
public sealed class TaggedCheckerTests
{
    private const string Krefeld = "krefeld/antrag-4493-23-A.yaml";
    private const string Letter = "musterstadt/brief-antrag-buergerhaus.yaml";
    private const string Annotation = "/Annots [<</Type /Annot /Subtype /Text /Rect [0 0 10 10] /F 4 /Contents (Notiz)>>]";

    private static readonly Dictionary<string, byte[]> Rendered = [];

    private static byte[] Pdf(string sample)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(sample, out var pdf))
            {
                var diagnostics = new DiagnosticBag();
                using var rendered = diagnostics.Take(Pipeline.Render(RepoPaths.Sample(sample.Split('/'))));
                Assert.True(rendered is not null, string.Join("\n", diagnostics.Items));
                Rendered[sample] = pdf = PdfExporter.Export(rendered.Layout);
            }

            return pdf;
        }
    }

    [Theory]
    [InlineData(Krefeld)]
    [InlineData(Letter)]
    public void The_untouched_file_passes(string sample) => Assert.Empty(PdfAChecker.Check(PdfSurgery.Edit(Pdf(sample))));

    /// <summary>Edits are "pattern ⇒ replacement", several joined by " ‖ "; ?????? in the expected problem stands for a subset tag.</summary>
    [Theory]
    // The catalog and the metadata.
    [InlineData(Krefeld, "/Marked true ⇒ /Marked false", "6.7.2.2: the catalog has no /MarkInfo with /Marked true")]
    [InlineData(Krefeld, "/Marked true ⇒ /Marked true /Suspects true", "MP 01-007: /MarkInfo has /Suspects true")]
    [InlineData(Krefeld, @" /StructTreeRoot \d+ 0 R ⇒ ", "6.7.3.3: the catalog has no /StructTreeRoot")]
    [InlineData(Krefeld, "/ViewerPreferences <</DisplayDocTitle true>> ⇒ /ViewerPreferences <<>>", "MP 07-001: the catalog's /ViewerPreferences have no /DisplayDocTitle")]
    [InlineData(Krefeld, "DisplayDocTitle true ⇒ DisplayDocTitle false", "MP 07-002: /DisplayDocTitle is false")]
    [InlineData(Krefeld, @"/Lang \(de-DE\) ⇒ /Lang (de_DE)", "6.7.4: the catalog's /Lang 'de_DE' is not a language tag")]
    [InlineData(Krefeld, @" /Lang \(de-DE\) ⇒ ", "MP 11-001: page 1: the language of the text of MCID 0 cannot be determined")]
    [InlineData(Krefeld, @" /Lang \(de-DE\) ⇒ ", "MP 11-002: structure element /Figure")]
    [InlineData(Krefeld, @" /Lang \(de-DE\) ⇒  /Outlines 3 0 R", "MP 11-006: the language of the bookmarks cannot be determined")]
    [InlineData(Krefeld, "<pdfaid:conformance>A< ⇒ <pdfaid:conformance>B<", "6.6.4: pdfaid:conformance is 'B', not A")]
    [InlineData(Krefeld, "<pdfuaid:part>1< ⇒ <pdfuaid:part>2<", "MP 06-002: the XMP has pdfuaid:part '2', not 1")]
    [InlineData(Krefeld, @"<dc:title>.*?</dc:title>\n ⇒ ", "MP 06-003: the XMP has no dc:title")]
    [InlineData(Krefeld, "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/< ⇒ <pdfaSchema:namespaceURI>http://example.org/<", "6.6: the XMP uses the schema 'http://www.aiim.org/pdfua/ns/id/', which is not predefined and has no extension schema")]
    [InlineData(Krefeld, "<pdfaProperty:name>part< ⇒ <pdfaProperty:name>amd<", "6.6: the XMP uses the property part of 'http://www.aiim.org/pdfua/ns/id/', which its extension schema does not describe")]
    // Marked content.
    [InlineData(Krefeld, @"(/H1 <</MCID 0>> BDC) ⇒ 0 0 m 10 10 l S\n$1", "MP 01-005: page 1: content ('S') is neither tagged nor an artifact")]
    [InlineData(Krefeld, @"/H1 <</MCID 0>> BDC\n ⇒ $0/Artifact BMC\n0 0 m 10 10 l S\nEMC\n", "MP 01-003: page 1: an artifact inside the tagged content of MCID 0")]
    [InlineData(Krefeld, @"/Artifact <</Type /Layout>> BDC\n ⇒ $0/P <</MCID 99>> BDC\nEMC\n", "MP 01-004: page 1: tagged content (MCID 99) inside an artifact")]
    [InlineData(Krefeld, "/H1 <</MCID 0>> ⇒ /H1 <</MCID 90>>", "antrag: page 1: MCID 90 belongs to no structure element")]
    [InlineData(Krefeld, "/H1 <</MCID 0>> ⇒ /H1 <</MCID 90>>", "antrag: structure element /H1 (??): MCID 0 is not on page 1")]
    [InlineData(Krefeld, @"/H1 <</MCID 0>> BDC\n ⇒ $0/Span <</MCID 98>> BDC\nEMC\n", "antrag: page 1: MCID 98 is nested in MCID 0")]
    [InlineData(Krefeld, "/P <</MCID 1>> ⇒ /P <</MCID 0>>", "antrag: page 1: MCID 0 marks two sequences")]
    [InlineData(Krefeld, @"(/H1 <</MCID 0>> BDC) ⇒ EMC\n$1", "antrag: page 1: EMC without BDC or BMC")]
    [InlineData(Krefeld, @"EMC\n(\nendstream)\z ⇒ $1", "antrag: page 1: 1 marked-content sequence(s) not closed")]
    [InlineData(Krefeld, @"(/H1 <</MCID 0)>> ⇒ $1 /Lang (de DE)>>", "6.7.4: page 1: the /Lang 'de DE' of a marked-content sequence is not a language tag")]
    // The tree and the pages.
    [InlineData(Krefeld, @"/Nums \[0 \[(\d+) 0 R (\d+) 0 R ⇒ /Nums [0 [$2 0 R $1 0 R", "antrag: page 1: the parent tree does not lead MCID 0 back to structure element")]
    [InlineData(Krefeld, " /StructParents 0 ⇒ ", "antrag: page 1 has marked content but no /StructParents")]
    [InlineData(Krefeld, @"(/S /H1 [^\n]*/K )(\d+) ⇒ ${1}[${2} 1]", "antrag: page 1: MCID 1 belongs to two structure elements")]
    [InlineData(Krefeld, @"(/S /H1 /P )\d+ ⇒ ${1}1", "antrag: structure element /H1 (??): /P is not the element that holds it")]
    [InlineData(Krefeld, " /Tabs /S ⇒ ", "antrag: page 1 has no /Tabs /S (tab order by structure)")]
    [InlineData(Krefeld, " /Tabs /S ⇒  " + Annotation, "MP 28-008: page 1 has annotations but no /Tabs")]
    [InlineData(Krefeld, " /Tabs /S ⇒  /Tabs /R " + Annotation, "MP 28-009: page 1 has annotations and /Tabs other than /S")]
    // Structure types and how they nest.
    [InlineData(Krefeld, "/S /H1 ⇒ /S /Titel", "6.7.3.4: the structure type /Titel is not standard and not mapped to a standard type")]
    [InlineData(Krefeld, "/S /H1 ⇒ /S /Titel", "MP 02-001: the structure type /Titel does not map to a standard type")]
    [InlineData(Krefeld, "/Type /StructTreeRoot ⇒ /Type /StructTreeRoot /RoleMap <</Titel /Kopf /Kopf /Titel>> ‖ /S /H1 ⇒ /S /Titel", "MP 02-003: the structure type /Titel is mapped in a circle")]
    [InlineData(Krefeld, "/Type /StructTreeRoot ⇒ /Type /StructTreeRoot /RoleMap <</P /Span>>", "MP 02-004: the role map maps the standard type /P")]
    [InlineData(Krefeld, "/S /TR ⇒ /S /Div", "MP 09-004: structure element /TH (??) stands in a Div, not in TR")]
    [InlineData(Letter, "/S /LBody ⇒ /S /P", "MP 09-005: structure element /LI (??) holds a P")]
    [InlineData(Letter, "/S /L ⇒ /S /TOC", "MP 09-006: structure element /TOC (??) holds a LI")]
    [InlineData(Krefeld, @" /Alt \(Logo der CDU-Fraktion\) ⇒ ", "MP 13-004: structure element /Figure (??): a Figure has neither /Alt nor /ActualText")]
    [InlineData(Krefeld, @" /A \[<</O /Table /Scope /Column>>\] ⇒ ", "MP 15-003: structure element /TH (??): a TH has no /Scope")]
    [InlineData(Krefeld, "/S /H1 ⇒ /S /H2", "MP 14-002: the first heading is H2, not H1")]
    [InlineData(Krefeld, "/S /H2 ⇒ /S /H3", "MP 14-003: H3 follows H1: a heading level is skipped")]
    [InlineData(Krefeld, "/S /H2 ⇒ /S /H ‖ /S /H2 ⇒ /S /H", "MP 14-006: structure element /Document (??) holds more than one H")]
    [InlineData(Krefeld, "/S /H2 ⇒ /S /H", "MP 14-007: the document uses both H and H1–H6")]
    [InlineData(Krefeld, "/S /P /P ⇒ /S /Formula /P", "MP 17-002: structure element /Formula (??): a Formula has no /Alt")]
    [InlineData(Krefeld, "/S /P /P ⇒ /S /Note /P", "MP 19-003: structure element /Note (??): a Note has no /ID")]
    [InlineData(Krefeld, "/S /P /P (.*)>> ⇒ /S /Note /P $1 /ID (n1)>> ‖ /S /P /P (.*)>> ⇒ /S /Note /P $1 /ID (n1)>>", "MP 19-004: structure element /Note (??): the /ID 'n1' of a Note is not unique")]
    [InlineData(Krefeld, @"(/S /H1 /P \d+ 0 R) ⇒ $1 /Lang (de DE)", "6.7.4: structure element /H1 (??): /Lang 'de DE' is not a language tag")]
    // Fonts and Unicode (the first ToUnicode map is the bold face's).
    [InlineData(Krefeld, @"<0001> <0020>\n ⇒ ", "6.2.11.7.2: font ??????+Carlito-Bold: code 1 has no Unicode value")]
    [InlineData(Krefeld, @"<0001> <0020>\n ⇒ ", "MP 10-001: font ??????+Carlito-Bold: code 1 cannot be mapped to Unicode")]
    [InlineData(Krefeld, @" /ToUnicode \d+ 0 R ⇒ ", "MP 31-027: font ??????+Carlito-Bold has no ToUnicode CMap")]
    [InlineData(Krefeld, "<0001> <0020> ⇒ <0001> <0000>", "MP 31-028: font ??????+Carlito-Bold: code 1 maps to U+0000")]
    [InlineData(Krefeld, "<0001> <0020> ⇒ <0001> <FEFF>", "MP 31-029: font ??????+Carlito-Bold: code 1 maps to U+FEFF or U+FFFE")]
    [InlineData(Krefeld, "<0001> <0020> ⇒ <0001> <E000>", "6.2.11.7.3: font ??????+Carlito-Bold: code 1 maps to the Private Use Area and is shown without /ActualText")]
    // A form with marked content of its own, drawn twice.
    [InlineData(Krefeld, @"q 1 0 0 1 [-\d. ]+cm /X1 Do Q\n ⇒ $0$0 ‖ (/Subtype /Form.*?>>\nstream\n) ⇒ $1/P <</MCID 0>> BDC\nEMC\n", "MP 30-002: form XObject ?? holds MCIDs and is drawn 2 times")]
    public void A_planted_fault_is_reported_under_its_rule(string sample, string edits, string expected)
    {
        var planted = PdfSurgery.Edit(Pdf(sample), edits.Split(" ‖ ").Select(e => e.Split(" ⇒ ")).Select(p => (p[0], p[1].Replace(@"\n", "\n", StringComparison.Ordinal))).ToArray());

        var problems = PdfAChecker.Check(planted);

        // ?????? stands for the six capitals of a subset tag, ?? for an object number.
        var pattern = "^" + Regex.Escape(expected).Replace(@"\?\?\?\?\?\?", "[A-Z]{6}", StringComparison.Ordinal).Replace(@"\?\?", @"\d+", StringComparison.Ordinal);
        Assert.True(problems.Any(p => Regex.IsMatch(p, pattern)), $"expected '{expected}', found:\n" + string.Join("\n", problems));
    }
}
