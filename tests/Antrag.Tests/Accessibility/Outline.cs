using System.Text;

namespace Antrag.Tests.Accessibility;

/// <summary>
/// The structure of a tagged PDF as a reader sees it, for comparing readers: elements with their role, what they announce
/// (alternative and actual text, language), their attributes, and their kids in order: elements and pieces of text, each
/// piece on the page (1-based) it was drawn on. Whitespace is never compared: readers join lines differently.
/// </summary>
public sealed class Outline(string role)
{
    public string Role { get; } = role;

    public string? Alt { get; set; }

    public string? ActualText { get; set; }

    public string? Lang { get; set; }

    /// <summary>Attributes as "Key=Value" (e.g. "Scope=Column").</summary>
    public SortedSet<string> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Child elements (<see cref="Outline"/>) and text (<see cref="OutlineText"/>), in reading order.</summary>
    public List<object> Kids { get; } = [];

    /// <summary>What of an element a reader reports.</summary>
    [Flags]
    public enum Facets
    {
        Roles = 0,
        Alt = 1,
        ActualText = 2,
        Lang = 4,
        Attributes = 8,
        Text = 16,
        All = Alt | ActualText | Lang | Attributes | Text,
    }

    /// <summary>
    /// One line per element (indented by depth) and per run of text (consecutive pieces joined), showing
    /// <paramref name="facets"/>; with <paramref name="compact"/> the text without any whitespace, for comparing.
    /// </summary>
    public string Render(Facets facets = Facets.All, bool compact = false)
    {
        var sb = new StringBuilder();
        Render(sb, 0, facets, compact);
        return sb.ToString();
    }

    private void Render(StringBuilder sb, int depth, Facets facets, bool compact)
    {
        sb.Append(' ', 2 * depth).Append(Role);
        if (facets.HasFlag(Facets.Alt) && Alt is not null)
        {
            sb.Append(" alt=\"").Append(Alt).Append('"');
        }

        if (facets.HasFlag(Facets.ActualText) && ActualText is not null)
        {
            sb.Append(" actual=\"").Append(ActualText).Append('"');
        }

        if (facets.HasFlag(Facets.Lang) && Lang is not null)
        {
            sb.Append(" lang=").Append(Lang);
        }

        if (facets.HasFlag(Facets.Attributes))
        {
            foreach (var a in Attributes)
            {
                sb.Append(' ').Append(a);
            }
        }

        sb.Append('\n');
        var text = new List<string>();
        void Flush()
        {
            if (text.Count > 0 && facets.HasFlag(Facets.Text))
            {
                var joined = string.Join(' ', text);
                var shown = compact ? string.Concat(joined.Where(c => !char.IsWhiteSpace(c))) : string.Join(' ', joined.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                sb.Append(' ', 2 * (depth + 1)).Append('"').Append(shown).Append("\"\n");
            }

            text.Clear();
        }

        foreach (var kid in Kids)
        {
            if (kid is OutlineText t)
            {
                text.Add(t.Text);
                continue;
            }

            Flush();
            ((Outline)kid).Render(sb, depth + 1, facets, compact);
        }

        Flush();
    }

    /// <summary>The pages this element has text on (itself or below).</summary>
    public SortedSet<int> Pages()
    {
        var pages = new SortedSet<int>();
        foreach (var kid in Kids)
        {
            if (kid is OutlineText t)
            {
                pages.Add(t.Page);
            }
            else
            {
                pages.UnionWith(((Outline)kid).Pages());
            }
        }

        return pages;
    }

    /// <summary>
    /// What pdf.js shows of this element on <paramref name="page"/> (pdf.js 6, StructTreePage): the elements with content
    /// there and their ancestors, and every element below a list or table part (L, LI, LBody, Table, THead, TBody, TFoot,
    /// TR, which pdf.js takes whole, even where they hold nothing on this page); of the content, only what is drawn on this
    /// page. Null if nothing of it is shown.
    /// </summary>
    public Outline? AsPdfJsShowsPage(int page, bool whole = false)
    {
        if (!whole && !Pages().Contains(page))
        {
            return null;
        }

        var copy = CopyWithoutKids();
        var container = Role is "L" or "LI" or "LBody" or "Table" or "THead" or "TBody" or "TFoot" or "TR";
        foreach (var kid in Kids)
        {
            if (kid is OutlineText t)
            {
                if (t.Page == page)
                {
                    copy.Kids.Add(t);
                }
            }
            else if (((Outline)kid).AsPdfJsShowsPage(page, container) is { } child)
            {
                copy.Kids.Add(child);
            }
        }

        return copy;
    }

    /// <summary>The same element under another role (a document's root as a Part of a combined file).</summary>
    public Outline As(string role)
    {
        var copy = new Outline(role) { Alt = Alt, ActualText = ActualText, Lang = Lang };
        copy.Attributes.UnionWith(Attributes);
        copy.Kids.AddRange(Kids);
        return copy;
    }

    /// <summary>A deep copy in which an element without /Alt shows its /ActualText as alternative text (as pdf.js reports it).</summary>
    public Outline WithActualTextAsAlt()
    {
        var copy = new Outline(Role) { Alt = Alt ?? ActualText, Lang = Lang };
        copy.Attributes.UnionWith(Attributes);
        copy.Kids.AddRange(Kids.Select(k => k is Outline o ? o.WithActualTextAsAlt() : k));
        return copy;
    }

    private Outline CopyWithoutKids()
    {
        var copy = new Outline(Role) { Alt = Alt, ActualText = ActualText, Lang = Lang };
        copy.Attributes.UnionWith(Attributes);
        return copy;
    }
}

/// <summary>A piece of text of an element, drawn on page <see cref="Page"/> (1-based).</summary>
public sealed record OutlineText(int Page, string Text);
