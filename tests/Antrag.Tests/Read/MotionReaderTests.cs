using System.Text;
using Antrag.Diagnostics;
using Antrag.Read;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Read;

/// <summary>The motion reader's typed result, encodings and line ends, and input that must not crash it.</summary>
public sealed class MotionReaderTests
{
    private static string ValidFullText => ReadCases.ReadText("valid_full.yaml");

    [Fact]
    public void Valid_full_motion_is_read_into_the_typed_model()
    {
        var diagnostics = new DiagnosticBag();

        var motion = MotionReader.Parse(ValidFullText, "antrag.yaml", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(motion);
        Assert.Equal("antrag.yaml", motion.SourcePath);
        Assert.Equal("antrag", motion.Kind);
        Assert.Equal("4493/23 A", motion.ReferenceNumber);
        Assert.Equal(new DateOnly(2023, 2, 28), motion.Date);
        Assert.Equal("Krefeld", motion.Place);
        Assert.True(motion.IsPublic);
        var consultation = Assert.Single(motion.Consultations);
        Assert.Equal(new Consultation("Rat", new DateOnly(2023, 2, 28), "beschließend"), consultation);
        Assert.Equal(
            "Zu TOP 4 „Gründung eines Fachbereichs für E-Government und Informationstechnik“;\n"
            + "hier: Wirtschaft und Digitalisierung bei der Stadtverwaltung ganzheitlich denken – Einbringung eines Antrags der CDU-Fraktion",
            motion.Subject);
        Assert.StartsWith("Der Rat der Stadt Krefeld beschließt:\n\nDer Beschlussentwurf wird wie folgt erweitert:\n\nDie Stadtverwaltung", motion.DraftResolution);
        Assert.EndsWith("Die Ergebnisse legt die Stadtverwaltung dann dem Rat zum Beschluss vor.", motion.DraftResolution);
        Assert.StartsWith("Die CDU-Fraktion strebt", motion.Reasoning);
        Assert.EndsWith("ausgestattet wird.", motion.Reasoning);
        Assert.Equal([new Signer("Philibert Reuters", "Fraktionsvorsitzender")], motion.Signers);
        Assert.Equal("../fraktion.yaml", motion.ProfilePath);
    }

    [Fact]
    public void Positions_name_every_key_by_its_path()
    {
        var motion = MotionReader.Parse(ValidFullText, "antrag.yaml", new DiagnosticBag());

        Assert.NotNull(motion);
        Assert.Equal(new SourceSpan("antrag.yaml", 4, 1, 4, 6), motion.Positions["datum"]);
        Assert.Equal(new SourceSpan("antrag.yaml", 11, 1, 11, 8), motion.Positions["betreff"]);
        Assert.Equal(new SourceSpan("antrag.yaml", 8, 5), motion.Positions["beratungsfolge[0]"]);
        Assert.Equal(new SourceSpan("antrag.yaml", 9, 5, 9, 19), motion.Positions["beratungsfolge[0].sitzungstermin"]);
        Assert.Equal(new SourceSpan("antrag.yaml", 27, 5, 27, 9), motion.Positions["unterzeichner[0].name"]);
        Assert.Equal(new SourceSpan("antrag.yaml", 29, 1, 29, 7), motion.Positions["profil"]);
    }

    [Fact]
    public void Optional_keys_take_their_defaults()
    {
        var motion = MotionReader.Parse(ReadCases.ReadText("valid_minimal.yaml"), "m.yaml", new DiagnosticBag());

        Assert.NotNull(motion);
        Assert.Equal("antrag", motion.Kind);
        Assert.Null(motion.ReferenceNumber);
        Assert.Null(motion.Place);
        Assert.True(motion.IsPublic);
        Assert.Empty(motion.Consultations);
        Assert.Null(motion.Reasoning);
        Assert.Empty(motion.Signers);
        Assert.Null(motion.ProfilePath);
        Assert.Equal("Sichere Schulwege", motion.Subject);
    }

    [Fact]
    public void Iso_dates_are_accepted()
    {
        var motion = MotionReader.Parse(ReadCases.ReadText("iso_date.yaml"), "m.yaml", new DiagnosticBag());

        Assert.NotNull(motion);
        Assert.Equal(new DateOnly(2023, 2, 28), motion.Date);
        Assert.Equal(new DateOnly(2023, 2, 28), Assert.Single(motion.Consultations).MeetingDate);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("ja", true)]
    [InlineData("nein", false)]
    [InlineData("Nein", false)]
    public void Oeffentlich_accepts_true_false_ja_nein(string written, bool expected)
    {
        var motion = MotionReader.Parse($"datum: 01.03.2023\noeffentlich: {written}\nbetreff: B\nbeschlussentwurf: E\n", "m.yaml", new DiagnosticBag());

        Assert.NotNull(motion);
        Assert.Equal(expected, motion.IsPublic);
    }

    [Theory]
    [InlineData("1.3.2023", 2023, 3, 1)]
    [InlineData("29.02.2024", 2024, 2, 29)]
    [InlineData("2024-12-31", 2024, 12, 31)]
    public void Dates_are_read_in_german_and_iso_form(string written, int year, int month, int day)
    {
        var motion = MotionReader.Parse($"datum: {written}\nbetreff: B\nbeschlussentwurf: E\n", "m.yaml", new DiagnosticBag());

        Assert.NotNull(motion);
        Assert.Equal(new DateOnly(year, month, day), motion.Date);
    }

    [Theory]
    [InlineData("29.02.2023")]
    [InlineData("32.01.2023")]
    [InlineData("01.13.2023")]
    [InlineData("2023-02-30")]
    [InlineData("28.02.23")]
    [InlineData("Februar 2023")]
    public void Impossible_or_unknown_dates_are_errors(string written)
    {
        var diagnostics = new DiagnosticBag();

        var motion = MotionReader.Parse($"datum: {written}\nbetreff: B\nbeschlussentwurf: E\n", "m.yaml", diagnostics);

        Assert.Null(motion);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(new SourceSpan("m.yaml", 1, 8, 1, 8 + written.Length), error.Span);
        Assert.Equal("ANT1008", error.Code.Id);
    }

    [Fact]
    public void Crlf_file_reads_like_the_lf_file_with_lf_in_texts()
    {
        using var folder = new ScratchFolder();
        var lf = ValidFullText;
        var file = folder.WriteBytes("crlf.yaml", Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n")));
        var diagnostics = new DiagnosticBag();

        var fromCrlf = MotionReader.Read(file, "crlf.yaml", diagnostics);
        var fromLf = MotionReader.Parse(lf, "crlf.yaml", new DiagnosticBag());

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(fromCrlf);
        Assert.NotNull(fromLf);
        Assert.DoesNotContain('\r', fromCrlf.Subject + fromCrlf.DraftResolution + fromCrlf.Reasoning);
        Assert.Equal(fromLf.Subject, fromCrlf.Subject);
        Assert.Equal(fromLf.DraftResolution, fromCrlf.DraftResolution);
        Assert.Equal(fromLf.Reasoning, fromCrlf.Reasoning);
        Assert.Equal(fromLf.Positions["profil"], fromCrlf.Positions["profil"]);
    }

    [Fact]
    public void Crlf_errors_keep_their_lines()
    {
        using var folder = new ScratchFolder();
        var file = folder.WriteBytes("crlf.yaml", Encoding.UTF8.GetBytes("datum: 28.02.2023\r\nbetreff: B\r\nbeschlussentwurf: E\r\nbegruendug: x\r\n"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Read(file, "crlf.yaml", diagnostics));

        Assert.Equal(["crlf.yaml(4,1): error ANT1003"], Lines(diagnostics));
    }

    [Fact]
    public void Utf8_byte_order_mark_is_skipped()
    {
        using var folder = new ScratchFolder();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("datum: 28.02.2023\nbetreff: Öffentlichkeit\nbeschlussentwurf: E\n")).ToArray();
        var file = folder.WriteBytes("bom.yaml", bytes);
        var diagnostics = new DiagnosticBag();

        var motion = MotionReader.Read(file, "bom.yaml", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(motion);
        Assert.Equal("Öffentlichkeit", motion.Subject);
        Assert.Equal(new SourceSpan("bom.yaml", 1, 1, 1, 6), motion.Positions["datum"]);
    }

    [Fact]
    public void Byte_order_mark_in_text_is_skipped_by_parse()
    {
        var motion = MotionReader.Parse("\uFEFFdatum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\n", "m.yaml", new DiagnosticBag());

        Assert.NotNull(motion);
    }

    [Fact]
    public void Windows_1252_bytes_are_not_utf8()
    {
        using var folder = new ScratchFolder();
        var bytes = Encoding.Latin1.GetBytes("datum: 28.02.2023\nbetreff: Gründung\nbeschlussentwurf: E\n");
        var file = folder.WriteBytes("ansi.yaml", bytes);
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Read(file, "ansi.yaml", diagnostics));

        Assert.Equal(["ansi.yaml: error ANT1105"], Lines(diagnostics));
    }

    [Fact]
    public void Utf16_is_not_utf8()
    {
        using var folder = new ScratchFolder();
        var file = folder.WriteBytes("utf16.yaml", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("datum: 28.02.2023\n")).ToArray());
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Read(file, "utf16.yaml", diagnostics));

        Assert.Equal(["utf16.yaml: error ANT1105"], Lines(diagnostics));
    }

    [Fact]
    public void Binary_file_is_reported()
    {
        using var folder = new ScratchFolder();
        var file = folder.WriteBytes("antrag.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Read(file, "antrag.docx", diagnostics));

        Assert.Equal(
            ["antrag.docx: error ANT1105"],
            Lines(diagnostics));
    }

    [Fact]
    public void Missing_file_is_reported_without_exception()
    {
        using var folder = new ScratchFolder();
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Read(Path.Combine(folder.Path, "fehlt.yaml"), "fehlt.yaml", diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(SourceSpan.InFile("fehlt.yaml"), error.Span);
        Assert.Equal("ANT1101", error.Code.Id);
    }

    [Fact]
    public void Folder_instead_of_file_is_reported()
    {
        using var folder = new ScratchFolder();
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Read(folder.Path, "antraege", diagnostics));

        Assert.Equal("ANT1102", Assert.Single(diagnostics.Items).Code.Id);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public void Deep_inline_nesting_is_an_error_not_a_crash(string open, string close)
    {
        const int depth = 100_000;
        var text = "betreff: " + string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth)) + "\n";
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Parse(text, "tief.yaml", diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("ANT1014", error.Code.Id);
    }

    [Fact]
    public void Alias_inside_its_own_anchor_is_an_error_not_a_crash()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Parse("datum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\nunterzeichner: &x [*x]\n", "m.yaml", diagnostics));

        Assert.Equal(
            ["m.yaml(4,20): error ANT1016"],
            Lines(diagnostics));
    }

    [Fact]
    public void Deep_block_nesting_is_an_error_not_a_crash()
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', i) + "a:\n"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Parse(text, "tief.yaml", diagnostics));

        Assert.Equal("ANT1014", Assert.Single(diagnostics.Items).Code.Id);
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_every_level_and_reading_goes_on()
    {
        const string text = """
            datum: 28.02.2023
            beratungsfolge:
              - gremium: Rat
                gremium: Ausschuss
                sitzungstermin: 28.02.2023
                beschlussform: beschließend
            betreff: B
            beschlussentwurf: E
            datum: 01.03.2023
            begruendug: x
            """;
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Parse(text, "m.yaml", diagnostics));

        Assert.Equal(
            [
                "m.yaml(4,5): error ANT1002",
                "m.yaml(9,1): error ANT1002",
                "m.yaml(10,1): error ANT1003",
            ],
            Lines(diagnostics));
    }

    [Fact]
    public void Anchors_and_aliases_are_resolved()
    {
        const string text = """
            datum: &tag 28.02.2023
            beratungsfolge:
              - gremium: Rat
                sitzungstermin: *tag
                beschlussform: beschließend
            betreff: B
            beschlussentwurf: E
            """;

        var motion = MotionReader.Parse(text, "m.yaml", new DiagnosticBag());

        Assert.NotNull(motion);
        Assert.Equal(new DateOnly(2023, 2, 28), Assert.Single(motion.Consultations).MeetingDate);
    }

    [Fact]
    public void Quoted_texts_and_number_like_values_are_kept_as_written()
    {
        const string text = """
            vorlagennummer: 0117/24
            datum: 28.02.2023
            ort: "Krefeld-Uerdingen"
            betreff: '4493'
            beschlussentwurf: 0x1F
            """;

        var motion = MotionReader.Parse(text, "m.yaml", new DiagnosticBag());

        Assert.NotNull(motion);
        Assert.Equal("0117/24", motion.ReferenceNumber);
        Assert.Equal("Krefeld-Uerdingen", motion.Place);
        Assert.Equal("4493", motion.Subject);
        Assert.Equal("0x1F", motion.DraftResolution);
    }

    [Fact]
    public void Parse_reports_into_the_given_bag_and_leaves_earlier_items()
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Warning(DiagnosticCodes.Internal, SourceSpan.InFile("other"), "earlier");

        var motion = MotionReader.Parse("datum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\n", "m.yaml", diagnostics);

        Assert.NotNull(motion);
        Assert.Single(diagnostics.Items);
    }

    [Theory]
    [InlineData("art: antrag2", "unknown kind of document 'antrag2' (did you mean 'antrag'?)")]
    [InlineData("art: Beschwerde", "unknown kind of document 'Beschwerde'")]
    [InlineData("art: [antrag]", "'art' must be")]
    public void Art_must_be_a_known_kind(string line, string expected)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(MotionReader.Parse(line + "\ndatum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\n", "m.yaml", diagnostics));

        Assert.StartsWith(expected, Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Art_may_be_written_as_users_say_it()
    {
        var diagnostics = new DiagnosticBag();
        var motion = MotionReader.Parse("art: Antrag\ndatum: 28.02.2023\nbetreff: B\nbeschlussentwurf: E\n", "m.yaml", diagnostics);
        Assert.Equal("antrag", motion!.Kind);
    }

    internal static string[] Lines(DiagnosticBag diagnostics) =>
        [.. diagnostics.Items.Select(DiagnosticText.StartLine)];
}
