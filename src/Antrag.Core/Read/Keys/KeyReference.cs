using System.Globalization;
using System.Text;

namespace Antrag.Read.Keys;

/// <summary>Writes the reference of every declared key (docs/keys.md) from the declarations, so the manual cannot drift from the reader.</summary>
public static class KeyReference
{
    /// <summary>The reference page of <paramref name="documents"/>, as Markdown.</summary>
    public static string Markdown(IReadOnlyList<DocumentDeclaration> documents)
    {
        var page = new StringBuilder();
        page.Append("# Keys of motions and profiles\n\n")
            .Append("<!-- Generated from src/Antrag.Core/Read/Keys (the one declaration of every key) by the tests; regenerate with\n")
            .Append("     ANTRAG_ACCEPT=1 dotnet test. The JSON Schemas in schemas/ come from the same declarations. -->\n\n")
            .Append("Every key antrag reads, as declared once in the program: the reader, `antrag check`, the JSON Schemas (`antrag schema`),\n")
            .Append("`antrag new` and the templates (`antrag.KEY`, `fraktion.KEY`) all take them from there. Descriptions are in German, as\n")
            .Append("editors show them. Dates are written DD.MM.YYYY (or YYYY-MM-DD in quotes); yes/no keys take true/false or ja/nein;\n")
            .Append("a choice also takes its value capitalised or in capitals.\n");
        foreach (var document in documents)
        {
            page.Append("\n## ").Append(document.Name).Append(document.Name == "fraktion" ? ".yaml" : " (motion)").Append(" — ").Append(document.Title).Append("\n\n");
            page.Append("| key | value | required | description | example |\n|---|---|---|---|---|\n");
            foreach (var key in document.Keys)
            {
                Row(page, document, key, key.Name);
            }

            if (document.Kinds.Count > 0)
            {
                page.Append("\n### Kinds of document (`art`)\n\n| art | title | also written | template |\n|---|---|---|---|\n");
                foreach (var kind in document.Kinds)
                {
                    page.Append("| `").Append(kind.Name).Append("` | ").Append(kind.Title).Append(" | ")
                        .Append(string.Join(", ", kind.Spellings)).Append(" | `").Append(kind.TemplateName).Append(".sbn` |\n");
                }
            }
        }

        return page.ToString();
    }

    private static void Row(StringBuilder page, DocumentDeclaration document, KeyDeclaration key, string path)
    {
        page.Append("| `").Append(path).Append("` | ").Append(Value(key, document)).Append(" | ").Append(Required(key, document))
            .Append(" | ").Append(Escape(key.Description)).Append(key.Default is { } d ? $" (Vorgabe: {Format(d)})" : string.Empty)
            .Append(key.OnlyFor.Count > 0 ? " — only in: " + string.Join(", ", key.OnlyFor.Select(k => "`" + k + "`")) : string.Empty)
            .Append(" | ").Append(key.Example is { } e ? "`" + Escape(e) + "`" : string.Empty).Append(" |\n");
        foreach (var child in key.Children)
        {
            Row(page, document, child, path + (key.Type == KeyType.Entries ? "[]." : ".") + child.Name);
        }
    }

    private static string Value(KeyDeclaration key, DocumentDeclaration document) => key.Type switch
    {
        KeyType.Text => "text (Markdown)",
        KeyType.Line => "one line",
        KeyType.Date => "date",
        KeyType.Bool => "yes/no",
        KeyType.Number => string.Create(CultureInfo.InvariantCulture, $"number {key.Minimum}–{key.Maximum}{(key.Unit.Symbol.Length > 0 ? " " + key.Unit.Symbol : string.Empty)}"),
        KeyType.Choice => "one of " + string.Join(", ", key.Choices.Select(c => "`" + c + "`")),
        KeyType.Kind => "a kind (below)",
        KeyType.Color => "colour \"#RRGGBB\"",
        KeyType.File => "file" + (key.Extensions.Count > 0 ? " (" + string.Join(", ", key.Extensions) + ")" : string.Empty),
        KeyType.Lines => "list of lines",
        KeyType.Mapping => "keys below",
        KeyType.Entries => "list of entries",
        KeyType.LineNumbering => "true, false, a step, `alles` or keys below",
        KeyType.Language => "language tag (BCP 47)",
        _ => key.Type.ToString(),
    };

    private static string Required(KeyDeclaration key, DocumentDeclaration document)
    {
        var parts = new List<string>();
        if (key.Required)
        {
            parts.Add("yes");
        }

        if (key.RequiredUnlessDraft)
        {
            parts.Add("yes, unless `entwurf: true`");
        }

        if (key.RequiredFor.Count > 0)
        {
            parts.Add("in " + string.Join(", ", key.RequiredFor.Select(k => "`" + k + "`")) + (key.Alternative is { } a ? $" (or `{a}`)" : string.Empty));
        }

        if (key.RequiredWhen is { } when)
        {
            parts.Add($"when `{when.Key}: {when.Value}`");
        }

        return string.Join("; ", parts);
    }

    private static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double n => n.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
