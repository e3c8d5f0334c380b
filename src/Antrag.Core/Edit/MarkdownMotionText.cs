using Antrag.Read;

namespace Antrag.Edit;

/// <summary>
/// The parts of a Markdown motion's text: the front matter between its <c>---</c> lines (YAML) and the <c>## </c> sections
/// after it, with their offsets, so that an edit can change one of them and keep the rest.
/// </summary>
internal sealed class MarkdownMotionText
{
    private MarkdownMotionText(int frontStart, int frontEnd, List<MarkdownSection> sections)
    {
        FrontStart = frontStart;
        FrontEnd = frontEnd;
        Sections = sections;
    }

    /// <summary>The offset of the front matter's first line (after the opening <c>---</c>).</summary>
    public int FrontStart { get; }

    /// <summary>The offset of the closing <c>---</c> line.</summary>
    public int FrontEnd { get; }

    /// <summary>The sections in the order written.</summary>
    public List<MarkdownSection> Sections { get; }

    /// <summary>Splits a Markdown motion (LF line ends); null without a complete front matter.</summary>
    public static MarkdownMotionText? Parse(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        string Line(int n) => text[starts[n]..(n + 1 < starts.Count ? starts[n + 1] - 1 : text.Length)];
        if (Line(0).TrimEnd() != "---")
        {
            return null;
        }

        var close = -1;
        for (var n = 1; n < starts.Count; n++)
        {
            if (Line(n).TrimEnd() == "---")
            {
                close = n;
                break;
            }
        }

        if (close < 0)
        {
            return null;
        }

        var sections = new List<MarkdownSection>();
        for (var n = close + 1; n < starts.Count; n++)
        {
            if (FrontMatter.HeadingTitle(Line(n)) is not { } title)
            {
                continue;
            }

            var next = n + 1;
            while (next < starts.Count && FrontMatter.HeadingTitle(Line(next)) is null)
            {
                next++;
            }

            sections.Add(new MarkdownSection(FrontMatter.SectionKey(title), starts[n], n + 1 < starts.Count ? starts[n + 1] : text.Length, next < starts.Count ? starts[next] : text.Length));
            n = next - 1;
        }

        return new MarkdownMotionText(starts.Count > 1 ? starts[1] : text.Length, starts[close], sections);
    }

    /// <summary>The section that fills <paramref name="key"/>, or null.</summary>
    public MarkdownSection? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);
}
