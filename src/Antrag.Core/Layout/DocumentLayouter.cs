using System.Text;
using Antrag.Fonts;
using Antrag.Read;
using Antrag.Text;

namespace Antrag.Layout;

/// <summary>
/// The layout stage: letterhead document in, pages of frames out. Page 1 carries the letterhead; later pages a running head.
/// Layout also builds the document's logical structure (<see cref="LaidOutDocument.Structure"/>) in reading order: logo,
/// title, marker, address, info block, the body, the contact block last wherever it stands on the page; page furniture
/// (running head, page label, line numbers, watermark, rules, fold marks) is tagged as artifacts.
/// </summary>
public sealed class DocumentLayouter
{
    private readonly FontSet fonts;
    private readonly Typography type;
    private readonly PageGeometry geometry;
    private readonly ContactPlacement placement;
    private readonly ImageData? logo;
    private readonly float logoWidth;
    private readonly ParagraphBreaker breaker;
    private readonly TextSetter setter;

    private readonly IReadOnlyDictionary<string, ImageData> images;

    private readonly BreakOptions bodyOptions;
    private readonly LineNumbering? lineNumbers;
    private readonly string logoDescription;

    /// <summary>The parts of page 1's letterhead that did not fit (found while laying them out).</summary>
    private readonly List<LayoutProblem> problems = [];

    /// <summary>Prepares a layouter for one document; <paramref name="hyphenate"/> (null = none) is used only if the profile allows it.</summary>
    /// <param name="fonts">The document's subset fonts.</param>
    /// <param name="profile">The lead profile: colours, page format, contact placement, justification, hyphenation.</param>
    /// <param name="logo">The logo, if any.</param>
    /// <param name="images">Signature images by path.</param>
    /// <param name="hyphenate">Where words may be hyphenated.</param>
    /// <param name="lineNumbers">Line numbers in the left margin, or null for none.</param>
    public DocumentLayouter(
        FontSet fonts,
        FactionProfile profile,
        ImageData? logo,
        IReadOnlyDictionary<string, ImageData> images,
        Func<string, IReadOnlyList<int>>? hyphenate = null,
        LineNumbering? lineNumbers = null)
    {
        this.lineNumbers = lineNumbers;
        this.images = images;
        this.fonts = fonts;
        type = new Typography(Color.Parse(profile.AccentColor));
        geometry = PageGeometry.For(profile.PageFormat, profile.ContactPlacement);
        placement = geometry.Format == PageFormat.Letterhead ? profile.ContactPlacement : ContactPlacement.Footer;
        this.logo = logo;
        logoDescription = profile.LogoDescription ?? FactionProfile.DefaultLogoDescription(profile);
        logoWidth = Math.Min(Units.Mm(profile.LogoWidthMm), geometry.SideWidth);
        bodyOptions = new BreakOptions { Justify = profile.Justify, Hyphenate = profile.Hyphenate ? hyphenate : null };
        breaker = new ParagraphBreaker(fonts);
        setter = new TextSetter(fonts);
    }

    /// <summary>Lays out <paramref name="doc"/> into pages.</summary>
    public LaidOutDocument Layout(LetterheadDocument doc, DocumentInfo info)
    {
        var root = new StructureNode(StructureRole.Document);
        var contact = new StructureNode(StructureRole.Sect);
        var first = new List<FrameItem>();
        var firstTop = Letterhead(doc, first, root);
        var firstBottom = geometry.BodyBottom;
        if (placement == ContactPlacement.Footer)
        {
            firstBottom = FooterContact(doc, first, contact) - Units.Mm(6);
        }
        else
        {
            SidebarContact(doc, first, contact);
        }

        var body = doc.Body;
        var headings = HeadingRoles(body);
        var options = bodyOptions with { Names = HyphenatedNames(doc) };
        var blocks = new BlockLayouter(fonts, type, images, options, lineNumbers?.WholeBody == true, h => headings[h]);
        var unhyphenated = new BlockLayouter(fonts, type, images, options with { Hyphenate = null }, lineNumbers?.WholeBody == true, h => headings[h]);
        var names = new BlockLayouter(fonts, type, images, options with { Hyphenate = null, BreakAtHyphens = false }, lineNumbers?.WholeBody == true, h => headings[h]);
        Block? recipient = null;
        Block? sender = null;
        if (geometry.Format == PageFormat.Letterhead && doc.Recipient.Count > 0)
        {
            // Without a DIN address field the recipient opens the body.
            recipient = new ParagraphBlock(Joined(doc.Recipient));
            body = [recipient, .. body];
        }

        if (geometry.Format == PageFormat.Letterhead && doc.SenderBlock.Count > 0)
        {
            // The sender's own lines stand above the recipient (on a DIN page the return address carries them).
            sender = new ParagraphBlock(Joined(doc.SenderBlock));
            body = [sender, .. body];
        }

        // Names and addresses (the sender, the recipient) and the Betreff are never hyphenated.
        var subject = LettersAndDigits(info.Title);
        var measured = body
            .Select(b => (b == recipient ? names : b == sender || IsSubject(b, subject) ? unhyphenated : blocks).Layout(b, geometry.BodyWidth))
            .ToList();

        if (firstBottom - firstTop < MinFirstPageBody)
        {
            // The letterhead leaves (almost) no room for the text: name its tallest part.
            var (part, text, height) = tallest;
            problems.Add(new LayoutProblem(LayoutProblemKind.Letterhead, part, text, height, Math.Max(0, height - (MinFirstPageBody - (firstBottom - firstTop)))));
        }

        foreach (var block in measured)
        {
            if (block.Structure is not null)
            {
                root.Add(block.Structure);
            }
        }

        // The contact block comes last in reading order, wherever it stands on the page.
        root.Add(contact);
        var paginator = new Paginator(geometry.BodyLeft, new PageArea(firstTop, firstBottom), new PageArea(geometry.LaterBodyTop, geometry.BodyBottom));
        var numbered = new List<NumberedLine>();
        var bodies = NumberLines(paginator.Paginate(measured), numbered);

        var pages = new List<PageFrame>();
        var head = bodies.Count > 1 ? ShortRunningHead(doc.RunningHead, geometry.BodyWidth, type.Small) : null;
        for (var i = 0; i < bodies.Count; i++)
        {
            var items = new List<FrameItem>();
            if (doc.Watermark is not null)
            {
                items.Add(WatermarkItem(doc.Watermark).As(ArtifactKind.Watermark));
            }

            if (i == 0)
            {
                items.AddRange(first);
            }
            else
            {
                RunningHead(head!, items);
            }

            items.AddRange(bodies[i]);
            if (bodies.Count > 1)
            {
                PageLabel(doc, i + 1, bodies.Count, items);
            }

            pages.Add(new PageFrame(geometry.PageWidth, geometry.PageHeight, items));
        }

        root.Prune(UsedNodes(pages));
        return new LaidOutDocument(pages, fonts, info, paginator.Notes) { NumberedLines = numbered, Problems = [.. problems, .. paginator.Problems], Structure = root };
    }

    /// <summary>Lines as the runs of one paragraph, a line break between them.</summary>
    private static List<TextRun> Joined(IReadOnlyList<IReadOnlyList<TextRun>> lines) =>
        lines.SelectMany((l, i) => i == 0 ? l : l.Prepend(new TextRun("\n"))).ToList();

    /// <summary>The hyphenated words of the signers' names and of the recipient: the body never breaks them at their hyphens.</summary>
    private static HashSet<string> HyphenatedNames(LetterheadDocument doc)
    {
        var lines = doc.Body.OfType<SignatureBlock>().SelectMany(s => s.Groups).SelectMany(g => g.Signers)
            .Where(e => e.Lines.Count > 0).Select(e => e.Lines[0]).Concat(doc.Recipient);
        return lines.SelectMany(l => InlineParser.PlainText(l).Split([' ', '\u00A0', ',', '\n']))
            .Select(w => w.Trim('(', ')', '„', '“', '.', ';'))
            .Where(w => w.Contains('-', StringComparison.Ordinal) && w.Length > 2)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Where the information block starts and ends in the side column of page 1 (set by the letterhead).</summary>
    private float infoTopOfSide;

    private float infoBottom;

    /// <summary>The least room page 1 must leave for the text below its letterhead: five lines of body text.</summary>
    private float MinFirstPageBody => 5 * type.Body.Leading;

    /// <summary>The tallest part of page 1's letterhead so far (title, information block, contact block): its name, text and height.</summary>
    private (string Part, string Text, float Height) tallest = ("letterhead", string.Empty, 0);

    /// <summary>Notes the height of one part of the letterhead, named by <see cref="Culprit"/> of its <paramref name="lines"/>.</summary>
    private void Measured(string part, IEnumerable<IReadOnlyList<TextRun>> lines, float height)
    {
        if (height > tallest.Height)
        {
            tallest = (part, Culprit(lines), height);
        }
    }

    /// <summary>Reports a part of the letterhead that runs into another (<paramref name="needed"/> points where <paramref name="room"/> are free).</summary>
    private void Overlaps(string part, IEnumerable<IReadOnlyList<TextRun>> lines, float needed, float room)
    {
        if (needed > room + 0.01f)
        {
            problems.Add(new LayoutProblem(LayoutProblemKind.Letterhead, part, Culprit(lines), needed, room));
        }
    }

    /// <summary>
    /// The line of a part that made it too tall: its longest line if that is long (a value of many words), else its first
    /// (the part has too many lines, such as an address list).
    /// </summary>
    private static string Culprit(IEnumerable<IReadOnlyList<TextRun>> lines)
    {
        var texts = lines.Select(InlineParser.PlainText).Where(t => t.Trim().Length > 0).ToList();
        var longest = texts.MaxBy(t => t.Length) ?? string.Empty;
        return longest.Length >= 100 ? longest : texts.FirstOrDefault() ?? string.Empty;
    }

    /// <summary>
    /// The role of each heading of the body, below the title (H1): "##" is H2, "###" H3 and so on, but never more than one
    /// level below the heading before it, so that no level is skipped ("#" is taken as "##": the title is the only H1).
    /// </summary>
    private static Dictionary<HeadingBlock, StructureRole> HeadingRoles(IEnumerable<Block> body)
    {
        var roles = new Dictionary<HeadingBlock, StructureRole>(ReferenceEqualityComparer.Instance);
        var previous = 1;
        foreach (var h in body.OfType<HeadingBlock>())
        {
            var level = Math.Min(Math.Clamp(h.Level, 2, 6), previous + 1);
            roles[h] = BlockLayouter.HeadingRole(level);
            previous = level;
        }

        return roles;
    }

    /// <summary>The nodes some item of <paramref name="pages"/> is content of.</summary>
    private static HashSet<StructureNode> UsedNodes(IEnumerable<PageFrame> pages)
    {
        var used = new HashSet<StructureNode>(ReferenceEqualityComparer.Instance);
        foreach (var item in pages.SelectMany(p => p.Items))
        {
            if (item.Tag.Node is { } node)
            {
                used.Add(node);
            }

            if (item is TextItem { Parts.Count: > 0 } t)
            {
                used.UnionWith(t.Parts.Select(p => p.Node));
            }
        }

        return used;
    }

    /// <summary>
    /// Whether <paramref name="block"/> is the paragraph that carries the Betreff (the document's title), whatever
    /// a template makes of it: its letters and digits are those of the Betreff, after at most a short label ("Betreff:").
    /// </summary>
    private static bool IsSubject(Block block, string subject)
    {
        if (subject.Length == 0 || block is not ParagraphBlock p)
        {
            return false;
        }

        // Counted first: nearly every paragraph has far more letters than the Betreff and is not copied.
        var plain = InlineParser.PlainText(p.Runs);
        var count = 0;
        foreach (var c in plain)
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return count >= subject.Length && count - subject.Length <= 20 && LettersAndDigits(plain).EndsWith(subject, StringComparison.Ordinal);
    }

    /// <summary>The letters and digits of <paramref name="s"/>, in order (to compare texts whatever typography and Markdown made of them).</summary>
    internal static string LettersAndDigits(string s)
    {
        var kept = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>Replaces the line anchors, in reading order across pages, by printed numbers (every n-th) in the left margin.</summary>
    private List<List<FrameItem>> NumberLines(IReadOnlyList<IReadOnlyList<FrameItem>> pages, List<NumberedLine> numbered)
    {
        var style = new TextStyle(7.5f, 9f, Color.Grey);
        var number = 0;
        var result = new List<List<FrameItem>>();
        foreach (var page in pages)
        {
            var items = new List<FrameItem>();
            foreach (var item in page)
            {
                if (item is not LineNumberAnchor anchor)
                {
                    items.Add(item);
                    continue;
                }

                number++;
                numbered.Add(new NumberedLine(number, result.Count + 1, anchor.Baseline, anchor.Text) { StartsParagraph = anchor.StartsParagraph, Marker = anchor.Marker, Hyphenated = anchor.Hyphenated });
                if (lineNumbers is null || number % lineNumbers.Step != 0)
                {
                    continue;
                }

                var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var run = fonts[FontStyle.Regular].Shape(text, style.Size);
                items.Add(new TextItem(geometry.BodyLeft - Units.Mm(4) - run.Width, anchor.Baseline, FontStyle.Regular, style.Size, style.Color, text, run).As(ArtifactKind.LineNumber));
            }

            result.Add(items);
        }

        return result;
    }

    /// <summary>Title, marker, logo and info block of page 1 (their nodes added to <paramref name="root"/> in that order, the logo first); returns where the body starts.</summary>
    private float Letterhead(LetterheadDocument doc, List<FrameItem> items, StructureNode root)
    {
        if (geometry.Format != PageFormat.Letterhead)
        {
            return DinLetterhead(doc, items, root);
        }

        var logoNode = logo is null ? null : root.Add(new StructureNode(StructureRole.Figure) { Alt = logoDescription });
        var top = Units.Mm(20);
        var titleWidth = placement == ContactPlacement.Footer ? geometry.SideLeft - geometry.BodyLeft - Units.Mm(5) : geometry.BodyWidth;
        var y = Stack(breaker.Break(doc.Title, titleWidth, type.Title), geometry.BodyLeft, top, type.Title, items, root.Add(StructureRole.H1));
        y += 3f;
        y = Stack(breaker.Break(doc.Marker, titleWidth, type.Marker), geometry.BodyLeft, y, type.Marker, items, root.Add(StructureRole.P));
        Measured("title", [doc.Title, doc.Marker], y - top);

        var infoTop = top;
        if (logo is not null)
        {
            var height = logoWidth * logo.IntrinsicHeight / logo.IntrinsicWidth;
            var x = placement == ContactPlacement.Footer ? geometry.BodyRight - logoWidth : geometry.SideLeft;
            items.Add(new ImageItem(x, Units.Mm(12), logoWidth, height, logo).As(logoNode!));
            infoTop = Units.Mm(12) + height + Units.Mm(8);
        }

        var infoY = InfoBlock(doc, infoTop, items, root.Add(StructureRole.Sect));
        Measured("information block", doc.Info, infoY - infoTop);
        (infoTopOfSide, infoBottom) = (infoTop, infoY);
        var bodyTop = y + Units.Mm(10);
        return placement == ContactPlacement.Footer ? Math.Max(bodyTop, infoY + Units.Mm(6)) : bodyTop;
    }

    /// <summary>The info block from <paramref name="top"/> in the side column, a paragraph per group of lines (groups part at an empty line); returns its bottom.</summary>
    private float InfoBlock(LetterheadDocument doc, float top, List<FrameItem> items, StructureNode info)
    {
        var infoY = top;
        StructureNode? group = null;
        foreach (var line in doc.Info)
        {
            if (line.Count == 0)
            {
                infoY += type.Info.Leading * 0.6f;
                group = null;
                continue;
            }

            infoY = Stack(breaker.Break(line, geometry.SideWidth, type.Info), geometry.SideLeft, infoY, type.Info, items, group ??= info.Add(StructureRole.P));
        }

        return infoY;
    }

    /// <summary>
    /// DIN 5008 page 1: logo and title in the letterhead zone (a title too tall for it at the head of the text), the address
    /// field (return address, Zusatz- und Vermerkzone, recipient) at 20 mm from the left, the information block at 125 mm,
    /// fold marks and the hole mark.
    /// </summary>
    private float DinLetterhead(LetterheadDocument doc, List<FrameItem> items, StructureNode root)
    {
        var zone = geometry.LetterheadHeight;
        var logoRight = geometry.BodyRight;
        if (logo is not null)
        {
            var height = Math.Min(zone - Units.Mm(12), logoWidth * logo.IntrinsicHeight / logo.IntrinsicWidth);
            var width = height * logo.IntrinsicWidth / logo.IntrinsicHeight;
            var figure = root.Add(new StructureNode(StructureRole.Figure) { Alt = logoDescription });
            items.Add(new ImageItem(geometry.BodyRight - width, Units.Mm(8), width, height, logo).As(figure));
            logoRight = geometry.BodyRight - width - Units.Mm(5);
        }

        // Title and marker in the letterhead zone from 8 mm, if they fit there; else (a joint motion of many factions) they
        // stand at the head of the text, across the body's width, below the address field and the information block.
        var (titleNode, markerNode) = (root.Add(StructureRole.H1), root.Add(StructureRole.P));
        var titleWidth = logoRight - geometry.BodyLeft;
        var (title, marker) = (breaker.Break(doc.Title, titleWidth, type.Title), breaker.Break(doc.Marker, titleWidth, type.Marker));
        var titleAt = items.Count;
        var titleFits = Units.Mm(8) + (title.Count * type.Title.Leading) + 1f + (marker.Count * type.Marker.Leading) <= zone + 0.01f;
        if (titleFits)
        {
            TitleAndMarker(title, marker, Units.Mm(8), items, titleNode, markerNode);
        }

        // Address field: 5 mm return address, 12.7 mm Zusatz- und Vermerkzone, 27.3 mm Anschriftzone.
        var top = geometry.LetterheadHeight;
        var textLeft = geometry.AddressLeft + Units.Mm(5);
        var fieldWidth = Units.Mm(85) - Units.Mm(5);
        if (doc.Sender.Count > 0)
        {
            var (lines, senderStyle) = ReturnAddress(doc.Sender, fieldWidth);
            Stack(lines, textLeft, top, senderStyle, items, root.Add(StructureRole.P));

            // The rule under one line stands where it always stood; under two, at the foot of the 5 mm zone (half its
            // thickness inside), clear of the second line's descenders and above the recipient.
            var underline = lines.Count == 1 ? top + Units.Mm(4.2) : top + Units.Mm(5) - (SenderRule / 2);
            items.Add(new LineItem(textLeft, underline, textLeft + Math.Min(lines.Max(l => l.Width), fieldWidth), underline, SenderRule, Color.Grey).As(ArtifactKind.Rule));
        }

        Recipient(doc.Recipient, textLeft, top, fieldWidth, items, root.Add(StructureRole.P));

        var infoY = InfoBlock(doc, geometry.InfoTop, items, root.Add(StructureRole.Sect));
        Measured("information block", doc.Info, infoY - geometry.InfoTop);
        (infoTopOfSide, infoBottom) = (geometry.InfoTop, infoY);

        foreach (var mark in geometry.FoldMarks)
        {
            items.Add(new LineItem(Units.Mm(3), mark, Units.Mm(8), mark, 0.5f, Color.Grey).As(ArtifactKind.PrintMark));
        }

        items.Add(new LineItem(Units.Mm(3), geometry.HoleMark, Units.Mm(10), geometry.HoleMark, 0.5f, Color.Grey).As(ArtifactKind.PrintMark));

        // The body starts two lines below the address field (85 x 45 mm), or two lines below a title set there.
        var bodyTop = Math.Max(top + Units.Mm(45) + Units.Mm(8.46), infoY + Units.Mm(4));
        if (titleFits)
        {
            return bodyTop;
        }

        var moved = new List<FrameItem>();
        var titleBottom = TitleAndMarker(breaker.Break(doc.Title, geometry.BodyWidth, type.Title), breaker.Break(doc.Marker, geometry.BodyWidth, type.Marker), bodyTop, moved, titleNode, markerNode);
        Measured("title", [doc.Title, doc.Marker], titleBottom - bodyTop);

        // Painted where the title always is, first after the logo: the text's order stays title, marker, address, information.
        items.InsertRange(titleAt, moved);
        return titleBottom + Units.Mm(8.46);
    }

    /// <summary>The title's lines and, 1 pt below them, the marker's, from <paramref name="top"/> at the body's left edge; returns the marker's bottom.</summary>
    private float TitleAndMarker(IReadOnlyList<TextLine> title, IReadOnlyList<TextLine> marker, float top, List<FrameItem> items, StructureNode titleNode, StructureNode markerNode)
    {
        var y = Stack(title, geometry.BodyLeft, top, type.Title, items, titleNode);
        return Stack(marker, geometry.BodyLeft, y + 1f, type.Marker, items, markerNode);
    }

    /// <summary>The largest and the smallest size of the return address (DIN 5008 sets it small, at least 6 pt).</summary>
    private const float SenderSize = 7f, SenderMinSize = 6f;

    /// <summary>The line distance of a return address on two lines: both in its 5 mm zone, the rule below them.</summary>
    private static readonly float SenderTwoLineLeading = Units.Mm(2.4);

    /// <summary>The thickness of the rule under the return address.</summary>
    private const float SenderRule = 0.4f;

    /// <summary>Between the parts of the running head and of the return address (as the built-in templates write them).</summary>
    private const string PartSeparator = " · ";

    /// <summary>
    /// The return address in its 5 mm zone at the top of the address field, <paramref name="width"/> wide: on one line at
    /// 7 pt, else at the largest size down to 6 pt (in steps of 0.25 pt) at which it fits; else on two lines at 6 pt (see
    /// <see cref="TwoLines"/>); if even they do not hold it, it is set at 6 pt and reported (ANT5004).
    /// </summary>
    private (IReadOnlyList<TextLine> Lines, TextStyle Style) ReturnAddress(IReadOnlyList<TextRun> sender, float width)
    {
        for (var size = SenderSize; size >= SenderMinSize; size -= 0.25f)
        {
            var style = new TextStyle(size, Units.Mm(5), Color.DarkGrey);
            var lines = breaker.Break(sender, 1e7f, style);
            if (lines.Count == 1 && lines[0].Width <= width + 0.01f)
            {
                return (lines, style);
            }
        }

        var small = new TextStyle(SenderMinSize, SenderTwoLineLeading, Color.DarkGrey);
        if (TwoLines(sender, width, small) is { } two)
        {
            return (two, small);
        }

        var length = breaker.Break(sender, 1e7f, small).Sum(l => l.Width);
        problems.Add(new LayoutProblem(LayoutProblemKind.ReturnAddress, "return address", Culprit([sender]), length, width));
        return (breaker.Break(sender, width, small, BreakOptions.NameField), small);
    }

    /// <summary>
    /// <paramref name="sender"/> on at most two lines of <paramref name="width"/>, broken as names and addresses are (at
    /// spaces, never at a hyphen; a line break written in it is kept): preferably between two of its parts (the " · " there
    /// gives way to the line break; the last such place at which both lines fit), else wherever the line breaker puts it;
    /// null if two lines do not hold it.
    /// </summary>
    private IReadOnlyList<TextLine>? TwoLines(IReadOnlyList<TextRun> sender, float width, TextStyle style)
    {
        bool Fits(IReadOnlyList<TextLine> lines) => lines.Count <= 2 && lines.All(l => l.Width <= width + 0.01f);

        var separators = sender.Sum(r => Occurrences(r.Text).Count);
        for (var k = separators - 1; k >= 0; k--)
        {
            var lines = breaker.Break(BreakAtSeparator(sender, k), width, style, BreakOptions.NameField);
            if (lines.Count == 2 && Fits(lines))
            {
                return lines;
            }
        }

        var plain = breaker.Break(sender, width, style, BreakOptions.NameField);
        return Fits(plain) ? plain : null;
    }

    /// <summary>Where <see cref="PartSeparator"/> stands in <paramref name="text"/>.</summary>
    private static List<int> Occurrences(string text)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(PartSeparator, StringComparison.Ordinal); at >= 0; at = text.IndexOf(PartSeparator, at + PartSeparator.Length, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    /// <summary><paramref name="runs"/> with their <paramref name="k"/>-th part separator (counted from 0) replaced by a line break.</summary>
    private static List<TextRun> BreakAtSeparator(IReadOnlyList<TextRun> runs, int k)
    {
        var result = new List<TextRun>(runs.Count);
        foreach (var run in runs)
        {
            var at = Occurrences(run.Text);
            if (k >= 0 && k < at.Count)
            {
                var text = run.Text[..at[k]] + "\n" + run.Text[(at[k] + PartSeparator.Length)..];
                result.Add(run with { Text = text });
            }
            else
            {
                result.Add(run);
            }

            k -= at.Count;
        }

        return result;
    }

    /// <summary><paramref name="runs"/> set on one line, however long.</summary>
    private TextLine OneLine(IReadOnlyList<TextRun> runs, TextStyle style)
    {
        var lines = breaker.Break(runs, 1e7f, style);
        return lines.Count == 0 ? new TextLine([], 0) : lines[0];
    }

    /// <summary>The least size of the recipient's lines (DIN 5008: at least 8 pt); they start at 10 pt.</summary>
    private const float RecipientSize = 10f, RecipientMinSize = 8f;

    /// <summary>
    /// The recipient in the address field: up to six lines in the Anschriftzone (27.3 mm); seven to nine lines take the
    /// Zusatz- und Vermerkzone above it as well (DIN 5008 counts nine lines for both, 40 mm), set closer. A line wider
    /// than the field makes all lines smaller, down to 8 pt, and is then wrapped; more than nine lines are reported (ANT5005).
    /// </summary>
    private void Recipient(IReadOnlyList<IReadOnlyList<TextRun>> recipient, float x, float top, float width, List<FrameItem> items, StructureNode address)
    {
        if (recipient.Count == 0)
        {
            return;
        }

        var size = RecipientSize;
        while (size > RecipientMinSize && recipient.Any(l => OneLine(l, new TextStyle(size, 12f, Color.Black)).Width > width + 0.01f))
        {
            size -= 0.5f;
        }

        var probe = new TextStyle(size, 12f, Color.Black);
        var lines = recipient.SelectMany(l => l.Count == 0 ? [new TextLine([], 0)] : breaker.Break(l, width, probe)).ToList();
        const int zone = 6, field = 9;
        var leading = Units.Mm(lines.Count <= zone ? 27.3 / zone : 40.0 / field);
        var style = new TextStyle(size, leading, Color.Black);
        var fieldBottom = top + Units.Mm(45);
        var y = lines.Count <= zone ? top + Units.Mm(5 + 12.7) : fieldBottom - (lines.Count * leading);
        if (lines.Count > field)
        {
            problems.Add(new LayoutProblem(LayoutProblemKind.Recipient, "recipient", InlineParser.PlainText(recipient[0]), lines.Count * leading, Units.Mm(40)));
        }

        Stack(lines, x, y, style, items, address);
    }

    private void SidebarContact(LetterheadDocument doc, List<FrameItem> items, StructureNode contact)
    {
        var style = type.Contact;
        var groups = doc.Contact.Select(g => g.SelectMany(l => breaker.Break(l, geometry.SideWidth, style)).ToList()).ToList();
        var groupGap = style.Leading * 0.7f;
        var height = groups.Sum(g => g.Count * style.Leading) + (Math.Max(0, groups.Count - 1) * groupGap);
        var y = geometry.BodyBottom - height;

        // The contact block grows upwards from the foot of the side column, the information block downwards from its top.
        var contactLines = doc.Contact.SelectMany(g => g).ToList();
        if (infoBottom > y)
        {
            var info = infoBottom - infoTopOfSide;
            var infoIsTaller = info > height;
            Overlaps(infoIsTaller ? "information block" : "contact block", infoIsTaller ? doc.Info : contactLines, infoIsTaller ? info : height, infoIsTaller ? geometry.BodyBottom - height - infoTopOfSide : geometry.BodyBottom - infoBottom);
        }
        for (var g = 0; g < groups.Count; g++)
        {
            y = Stack(groups[g], geometry.SideLeft, y, style, items, contact.Add(StructureRole.P)) + groupGap;
        }
    }

    /// <summary>Contact groups as columns across the foot of page 1; returns the footer's top.</summary>
    private float FooterContact(LetterheadDocument doc, List<FrameItem> items, StructureNode contact)
    {
        var style = type.Contact;
        var count = Math.Max(1, doc.Contact.Count);
        var columnWidth = geometry.BodyWidth / count;
        var groups = doc.Contact.Select(g => g.SelectMany(l => breaker.Break(l, columnWidth - 6f, style)).ToList()).ToList();
        var height = groups.Count == 0 ? 0 : groups.Max(g => g.Count) * style.Leading;
        var top = geometry.BodyBottom - height;
        Measured("contact block", doc.Contact.SelectMany(g => g), height);
        items.Add(new LineItem(geometry.BodyLeft, top - 4f, geometry.BodyRight, top - 4f, 0.6f, type.Accent).As(ArtifactKind.Rule));
        for (var g = 0; g < groups.Count; g++)
        {
            Stack(groups[g], geometry.BodyLeft + (g * columnWidth), top, style, items, contact.Add(StructureRole.P));
        }

        return top - 4f;
    }

    /// <summary>The watermark, large and faint, rotated across the middle of the page, painted beneath everything else.</summary>
    private ShapeItem WatermarkItem(Watermark mark)
    {
        const float size = 110f;
        const float angle = -50f;
        var run = fonts[FontStyle.Bold].Shape(mark.Text, size);
        var radians = angle * MathF.PI / 180f;
        var (cos, sin) = (MathF.Cos(radians), MathF.Sin(radians));
        var capHalf = fonts[FontStyle.Bold].Ascent(size) * 0.35f;

        // Start so that the text's centre lands on the page's centre.
        var cx = geometry.PageWidth / 2f;
        var cy = geometry.PageHeight / 2f;
        var x = cx - (cos * run.Width / 2f) - (sin * capHalf);
        var y = cy - (sin * run.Width / 2f) + (cos * capHalf);
        // Outlines, not text: extraction (copy, search, pdftotext) must not find the watermark's letters among the body's.
        return GlyphOutlines.Shape(fonts[FontStyle.Bold], run, size, x, y, angle, new Color(0xEA, 0xEA, 0xEA), mark.Text);
    }

    /// <summary>The most characters of one part of the running head that are measured (far more than a line holds).</summary>
    private const int MaxHeadPart = 400;

    private void RunningHead(TextLine head, List<FrameItem> items)
    {
        var style = type.Small;
        var start = items.Count;
        Stack([head], geometry.BodyLeft, Units.Mm(10), style, items);
        var rule = Units.Mm(10) + style.Leading + 2f;
        items.Add(new LineItem(geometry.BodyLeft, rule, geometry.BodyRight, rule, 0.5f, type.Accent));
        for (var i = start; i < items.Count; i++)
        {
            items[i] = items[i].As(ArtifactKind.RunningHead);
        }
    }

    /// <summary>
    /// The running head on one line of <paramref name="width"/>. If it is too long, its first part (kind and authors, up to
    /// the first " · ") is cut after the last whole word that fits and ends in "…"; the later parts (Vorlagennummer, date)
    /// stay whole. If even they do not fit, parts are left out from the end, and a single part left is cut after a whole word.
    /// </summary>
    internal TextLine ShortRunningHead(IReadOnlyList<TextRun> head, float width, TextStyle style)
    {
        var full = OneLine(head, style);
        if (full.Width <= width + 0.01f)
        {
            return full;
        }

        // No running head holds more than a few hundred characters on one line: longer text is not measured.
        var text = InlineParser.PlainText(head).Trim();
        var parts = text.Split(PartSeparator).Select(p => p.Length > MaxHeadPart ? p[..MaxHeadPart] : p).ToList();
        while (parts.Count > 0)
        {
            var rest = string.Concat(parts.Skip(1).Select(p => PartSeparator + p));
            var words = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            TextLine Candidate(int n) => OneLine([new TextRun(string.Join(' ', words.Take(n)).TrimEnd(',', ';', ':') + " …" + rest)], style);

            // The most words that fit, by halving (the width grows with the words).
            var (fits, tooMany) = (0, words.Length);
            while (tooMany - fits > 1)
            {
                var middle = (fits + tooMany) / 2;
                (fits, tooMany) = Candidate(middle).Width <= width + 0.01f ? (middle, tooMany) : (fits, middle);
            }

            if (fits >= 1)
            {
                return Candidate(fits);
            }

            parts.RemoveAt(parts.Count - 1);
        }

        // One word longer than the line: it is set whole (the rule of every body line), never cut.
        return OneLine([new TextRun(text.Split(' ')[0] + " …")], style);
    }

    private void PageLabel(LetterheadDocument doc, int page, int pages, List<FrameItem> items)
    {
        var text = doc.PageLabel
            .Replace("{seite}", page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{seiten}", pages.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var style = type.Small;
        var line = breaker.Break([new TextRun(text)], geometry.BodyWidth, style)[0];
        items.AddRange(setter.Items(line, geometry.BodyRight - line.Width, geometry.PageHeight - Units.Mm(15), style).As(ArtifactKind.PageNumber));
    }

    /// <summary>Sets <paramref name="lines"/> one below the other from <paramref name="y"/>, content of <paramref name="node"/> if given; returns the y below them.</summary>
    private float Stack(IEnumerable<TextLine> lines, float x, float y, TextStyle style, List<FrameItem> items, StructureNode? node = null)
    {
        foreach (var line in lines)
        {
            var set = setter.Items(line, x, y, style);
            items.AddRange(node is null ? set : set.As(node));
            y += style.Leading;
        }

        return y;
    }
}
