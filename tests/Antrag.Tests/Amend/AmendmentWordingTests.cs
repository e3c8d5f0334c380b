using System.Text.RegularExpressions;
using Antrag.Amend;
using Antrag.Layout;

namespace Antrag.Tests.Amend;

/// <summary>The wording of an Änderungsantrag's changes, from two versions of numbered text: which lines, which words, which form.</summary>
public sealed partial class AmendmentWordingTests
{
    /// <summary>
    /// Numbered text written as lines; a blank string starts a new paragraph, a line "3. …" at a paragraph start is a numbered point.
    /// Lines are numbered from 1.
    /// </summary>
    private static IReadOnlyList<NumberedParagraph> Text(params string[] lines)
    {
        var numbered = new List<NumberedLine>();
        var starts = true;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                starts = true;
                continue;
            }

            var marker = starts ? Marker().Match(line) : Match.Empty;
            numbered.Add(new NumberedLine(numbered.Count + 1, 1, 0, line) { StartsParagraph = starts, Marker = marker.Success ? marker.Groups[1].Value : null });
            starts = false;
        }

        return NumberedText.Paragraphs(numbered);
    }

    private static List<string> Changes(IReadOnlyList<NumberedParagraph> old, IReadOnlyList<NumberedParagraph> @new, bool fassung = false) =>
        AmendmentWording.Changes(old, @new, fassung).Select(c => c.Text).ToList();

    private static readonly IReadOnlyList<NumberedParagraph> Base = Text(
        "Beschlussentwurf",
        string.Empty,
        "Die Verwaltung wird beauftragt, bis zum 31.03.2025 ein Konzept",
        "zu erarbeiten und dem Rat vorzulegen. Es soll enthalten:",
        string.Empty,
        "1. eine Bestandsaufnahme aller Radwege,",
        string.Empty,
        "2. einen Maßnahmenplan für die Hauptachsen zwischen den",
        "Stadtteilen und der Innenstadt,",
        string.Empty,
        "3. einen Finanzierungsplan.",
        string.Empty,
        "Die Verbände werden beteiligt. Der Ausschuss wird",
        "halbjährlich unterrichtet.");

    [Fact]
    public void Unchanged_text_has_no_changes()
    {
        Assert.Empty(Changes(Base, Base));
    }

    [Fact]
    public void A_replaced_word_is_stated_in_its_line()
    {
        var changed = Text("Beschlussentwurf", string.Empty, "Die Verwaltung wird beauftragt, bis zum 30.06.2025 ein Konzept", "zu erarbeiten und dem Rat vorzulegen. Es soll enthalten:", string.Empty, "1. eine Bestandsaufnahme aller Radwege,", string.Empty, "2. einen Maßnahmenplan für die Hauptachsen zwischen den", "Stadtteilen und der Innenstadt,", string.Empty, "3. einen Finanzierungsplan.", string.Empty, "Die Verbände werden beteiligt. Der Ausschuss wird", "halbjährlich unterrichtet.");
        Assert.Equal(["In Zeile 2 wird „31.03.2025“ ersetzt durch „30.06.2025“."], Changes(Base, changed));
    }

    [Fact]
    public void The_changed_version_may_break_its_lines_anywhere_only_words_count()
    {
        // Same words, other line breaks: no change.
        var rebroken = Text("Beschlussentwurf", string.Empty, "Die Verwaltung wird beauftragt,", "bis zum 31.03.2025 ein Konzept zu erarbeiten und dem Rat vorzulegen.", "Es soll enthalten:", string.Empty, "1. eine Bestandsaufnahme aller Radwege,", string.Empty, "2. einen Maßnahmenplan für die Hauptachsen zwischen den Stadtteilen und der Innenstadt,", string.Empty, "3. einen Finanzierungsplan.", string.Empty, "Die Verbände werden beteiligt. Der Ausschuss wird halbjährlich unterrichtet.");
        Assert.Empty(Changes(Base, rebroken));
    }

    [Fact]
    public void A_change_across_a_line_break_names_both_lines()
    {
        var old = Text("Der Ausschuss wird", "halbjährlich unterrichtet.");
        var @new = Text("Der Ausschuss wird vierteljährlich unterrichtet.");
        Assert.Equal(["In Zeile 2 wird „halbjährlich“ ersetzt durch „vierteljährlich“."], Changes(old, @new));
        var both = Text("Der Ausschuss erhält monatlich Bericht.");
        Assert.Equal(["In Zeilen 1 bis 2 wird „wird halbjährlich unterrichtet.“ ersetzt durch „erhält monatlich Bericht.“."], Changes(old, both));
    }

    [Fact]
    public void Changes_that_touch_or_have_one_short_word_between_are_one_change_others_stay_apart()
    {
        var old = Text("Die Stadt baut neue und sichere Radwege im Norden.");
        Assert.Equal(
            ["In Zeile 1 wird „neue und sichere“ ersetzt durch „breite und geschützte“."],
            Changes(old, Text("Die Stadt baut breite und geschützte Radwege im Norden.")));
        Assert.Equal(
            ["In Zeile 1 wird „Stadt“ ersetzt durch „Gemeinde“.", "In Zeile 1 wird „Norden.“ ersetzt durch „Süden.“."],
            Changes(old, Text("Die Gemeinde baut neue und sichere Radwege im Süden.")));
        Assert.Equal(
            ["In Zeile 1 wird „neue“ ersetzt durch „mehr breite“."],
            Changes(old, Text("Die Stadt baut mehr breite und sichere Radwege im Norden.")));
        Assert.Equal(
            ["In Zeile 1 wird „baut“ ersetzt durch „plant“.", "In Zeile 1 wird „sichere“ ersetzt durch „breite“."],
            Changes(old, Text("Die Stadt plant neue und breite Radwege im Norden.")));
    }

    [Fact]
    public void Deleted_words_are_struck_and_inserted_words_placed_after_the_word_before_them()
    {
        var old = Text("Die Verwaltung wird beauftragt, ein Konzept zu erarbeiten.", "Das Konzept wird dem Rat vorgelegt.");
        Assert.Equal(["In Zeile 1 wird nach „ein“ eingefügt: „neues“"], Changes(old, Text("Die Verwaltung wird beauftragt, ein neues Konzept zu erarbeiten.", "Das Konzept wird dem Rat vorgelegt.")));
        Assert.Equal(["In Zeile 1 wird nach „beauftragt,“ eingefügt: „bis Ende 2025“"], Changes(old, Text("Die Verwaltung wird beauftragt, bis Ende 2025 ein Konzept zu erarbeiten.", "Das Konzept wird dem Rat vorgelegt.")));
        Assert.Equal(["In Zeile 2 wird „dem Rat“ gestrichen."], Changes(old, Text("Die Verwaltung wird beauftragt, ein Konzept zu erarbeiten.", "Das Konzept wird vorgelegt.")));
        Assert.Equal(["In Zeile 1 wird vor „Die“ eingefügt: „Sofort:“"], Changes(old, Text("Sofort: Die Verwaltung wird beauftragt, ein Konzept zu erarbeiten.", "Das Konzept wird dem Rat vorgelegt.")));
        Assert.Equal(["In Zeile 2 wird nach „vorgelegt.“ eingefügt: „Er entscheidet im Herbst.“"], Changes(old, Text("Die Verwaltung wird beauftragt, ein Konzept zu erarbeiten.", "Das Konzept wird dem Rat vorgelegt. Er entscheidet im Herbst.")));
    }

    [Fact]
    public void A_quote_that_occurs_twice_in_its_line_is_extended_until_it_is_unique()
    {
        var old = Text("Die Stadt plant, die Stadt baut, die Bürger zahlen.");
        Assert.Equal(["In Zeile 1 wird „Bürger“ ersetzt durch „Bürgerinnen“."], Changes(old, Text("Die Stadt plant, die Stadt baut, die Bürgerinnen zahlen.")));
        Assert.Equal(["In Zeile 1 wird „Stadt baut,“ ersetzt durch „Gemeinde baut,“."], Changes(old, Text("Die Stadt plant, die Gemeinde baut, die Bürger zahlen.")));
        Assert.Equal(["In Zeile 1 wird „die Bürger“ ersetzt durch „Bürger“."], Changes(old, Text("Die Stadt plant, die Stadt baut, Bürger zahlen.")));
        Assert.Equal(["In Zeile 1 wird nach „die Stadt“ eingefügt: „selbst“"], Changes(old, Text("Die Stadt plant, die Stadt selbst baut, die Bürger zahlen.")));
    }

    [Fact]
    public void Whole_paragraphs_deleted_are_stated_by_their_lines_and_adjacent_ones_joined()
    {
        var withoutLast = Text("Beschlussentwurf", string.Empty, "Die Verwaltung wird beauftragt, bis zum 31.03.2025 ein Konzept", "zu erarbeiten und dem Rat vorzulegen. Es soll enthalten:", string.Empty, "1. eine Bestandsaufnahme aller Radwege,", string.Empty, "2. einen Maßnahmenplan für die Hauptachsen zwischen den", "Stadtteilen und der Innenstadt,", string.Empty, "3. einen Finanzierungsplan.");
        Assert.Equal(["Zeilen 8 bis 9 werden gestrichen."], Changes(Base, withoutLast));
        var withoutTwo = Text("Beschlussentwurf", string.Empty, "Die Verwaltung wird beauftragt, bis zum 31.03.2025 ein Konzept", "zu erarbeiten und dem Rat vorzulegen. Es soll enthalten:", string.Empty, "1. eine Bestandsaufnahme aller Radwege,", string.Empty, "2. einen Maßnahmenplan für die Hauptachsen zwischen den", "Stadtteilen und der Innenstadt,");
        Assert.Equal(["Zeilen 7 bis 9 werden gestrichen."], Changes(Base, withoutTwo));
        var withoutPoint = Text("Beschlussentwurf", string.Empty, "Die Verwaltung wird beauftragt, bis zum 31.03.2025 ein Konzept", "zu erarbeiten und dem Rat vorzulegen. Es soll enthalten:", string.Empty, "1. eine Bestandsaufnahme aller Radwege,", string.Empty, "2. einen Finanzierungsplan.", string.Empty, "Die Verbände werden beteiligt. Der Ausschuss wird", "halbjährlich unterrichtet.");
        Assert.Equal(["Zeilen 5 bis 6 werden gestrichen."], Changes(Base, withoutPoint));
        Assert.Equal(["Ziffer 2 wird gestrichen."], Changes(Base, withoutPoint, fassung: true));
    }

    [Fact]
    public void New_paragraphs_and_points_are_inserted_after_a_line_and_later_points_renumber_silently()
    {
        var newPoint = Text("Beschlussentwurf", string.Empty, "Die Verwaltung wird beauftragt, bis zum 31.03.2025 ein Konzept", "zu erarbeiten und dem Rat vorzulegen. Es soll enthalten:", string.Empty, "1. eine Bestandsaufnahme aller Radwege,", string.Empty, "2. ein Programm für sichere Kreuzungen,", string.Empty, "3. einen Maßnahmenplan für die Hauptachsen zwischen den", "Stadtteilen und der Innenstadt,", string.Empty, "4. einen Finanzierungsplan.", string.Empty, "Die Verbände werden beteiligt. Der Ausschuss wird", "halbjährlich unterrichtet.");
        Assert.Equal(["Nach Zeile 4 wird als neue Ziffer 2 eingefügt: „ein Programm für sichere Kreuzungen,“"], Changes(Base, newPoint));
        Assert.Equal(["Nach Ziffer 1 wird als neue Ziffer 2 eingefügt: „ein Programm für sichere Kreuzungen,“"], Changes(Base, newPoint, fassung: true));

        var newParagraphs = Text("Beschlussentwurf", string.Empty, "Die Verwaltung wird beauftragt, bis zum 31.03.2025 ein Konzept", "zu erarbeiten und dem Rat vorzulegen. Es soll enthalten:", string.Empty, "1. eine Bestandsaufnahme aller Radwege,", string.Empty, "2. einen Maßnahmenplan für die Hauptachsen zwischen den", "Stadtteilen und der Innenstadt,", string.Empty, "3. einen Finanzierungsplan.", string.Empty, "Die Verbände werden beteiligt. Der Ausschuss wird", "halbjährlich unterrichtet.", string.Empty, "Die Kosten trägt die Stadt.", string.Empty, "Der Beschluss gilt ab sofort.");
        Assert.Equal(["Nach Zeile 9 wird eingefügt:\n\n„Die Kosten trägt die Stadt.“\n\n„Der Beschluss gilt ab sofort.“"], Changes(Base, newParagraphs));
    }

    [Fact]
    public void A_paragraph_rewritten_entirely_gets_a_new_version()
    {
        var old = Text("Erster Absatz bleibt.", string.Empty, "Der Ausschuss wird halbjährlich", "über den Stand unterrichtet.");
        var @new = Text("Erster Absatz bleibt.", string.Empty, "Die Verwaltung berichtet jedes Quartal schriftlich.");
        Assert.Equal(["Zeilen 2 bis 3 erhalten folgende Fassung: „Die Verwaltung berichtet jedes Quartal schriftlich.“"], Changes(old, @new));
    }

    [Fact]
    public void With_fassung_a_changed_point_or_paragraph_is_stated_in_full()
    {
        var changed = Text("Beschlussentwurf", string.Empty, "Die Verwaltung wird beauftragt, bis zum 30.06.2025 ein Konzept", "zu erarbeiten und dem Rat vorzulegen. Es soll enthalten:", string.Empty, "1. eine Bestandsaufnahme aller Radwege,", string.Empty, "2. einen Maßnahmenplan für die Hauptachsen zwischen den", "Stadtteilen, der Innenstadt und den Gewerbegebieten,", string.Empty, "3. einen Finanzierungsplan.", string.Empty, "Die Verbände werden beteiligt. Der Ausschuss wird", "halbjährlich unterrichtet.");
        Assert.Equal(
            [
                "Zeilen 2 bis 3 erhalten folgende Fassung: „Die Verwaltung wird beauftragt, bis zum 30.06.2025 ein Konzept zu erarbeiten und dem Rat vorzulegen. Es soll enthalten:“",
                "Ziffer 2 erhält folgende Fassung: „einen Maßnahmenplan für die Hauptachsen zwischen den Stadtteilen, der Innenstadt und den Gewerbegebieten,“",
            ],
            Changes(Base, changed, fassung: true));
        Assert.Equal(
            [
                "In Zeile 2 wird „31.03.2025“ ersetzt durch „30.06.2025“.",
                "In Zeile 6 wird „Stadtteilen und der Innenstadt,“ ersetzt durch „Stadtteilen, der Innenstadt und den Gewerbegebieten,“.",
            ],
            Changes(Base, changed));
    }

    [Fact]
    public void Stated_changes_carry_the_lines_they_name()
    {
        var old = Text("Der Ausschuss wird", "halbjährlich unterrichtet.", string.Empty, "Weg damit.");
        var change = Assert.Single(AmendmentWording.Changes(old, Text("Der Ausschuss soll", "vierteljährlich unterrichtet.", string.Empty, "Weg damit.")));
        Assert.Equal((1, 2), (change.FirstLine, change.LastLine));
        var deletion = Assert.Single(AmendmentWording.Changes(old, Text("Der Ausschuss wird", "halbjährlich unterrichtet.")));
        Assert.Equal((3, 3, "Zeile 3 wird gestrichen."), (deletion.FirstLine, deletion.LastLine, deletion.Text));
    }

    [Fact]
    public void Quotation_marks_inside_a_quote_become_single_ones()
    {
        var old = Text("Das Programm „Stadt und Land“ wird genutzt.");
        Assert.Equal(["In Zeile 1 wird „‚Stadt und Land‘“ ersetzt durch „‚Land und Stadt‘“."], Changes(old, Text("Das Programm „Land und Stadt“ wird genutzt.")));
        Assert.Equal(["In Zeile 1 wird nach „Land‘“ eingefügt: „und weitere Programme“"], Changes(old, Text("Das Programm „Stadt und Land“ und weitere Programme wird genutzt.")));
    }

    [Fact]
    public void A_word_broken_after_its_hyphen_is_joined_again_in_quotes()
    {
        var old = Text("Die E-", "Mobilität und die Rad- und Fußwege werden gefördert.");
        var paragraph = Assert.Single(old);
        Assert.Equal(["Die", "E-", "Mobilität", "und", "die", "Rad-", "und", "Fußwege", "werden", "gefördert."], paragraph.Words.Select(w => w.Text));
        Assert.False(paragraph.Words[1].SpaceAfter);
        Assert.Equal(["In Zeilen 1 bis 2 wird „E-Mobilität“ ersetzt durch „Elektromobilität“."], Changes(old, Text("Die Elektromobilität und die Rad- und Fußwege werden gefördert.")));
        Assert.Empty(Changes(old, Text("Die E-Mobilität und die Rad- und Fußwege werden gefördert.")));
    }

    [GeneratedRegex(@"^(\d+\.) ")]
    private static partial Regex Marker();
}
