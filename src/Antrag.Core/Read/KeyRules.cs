using Antrag.Diagnostics;
using Antrag.Read.Keys;
using YamlDotNet.RepresentationModel;

namespace Antrag.Read;

/// <summary>
/// The rules of the declared keys that depend on other values: keys a kind of document requires (or a draft may leave out),
/// keys only some kinds take, and keys another key's value requires.
/// </summary>
internal static class KeyRules
{
    /// <summary>
    /// Reports every key missing for <paramref name="kind"/> (null for documents without kinds) or for another key's value, and
    /// every key <paramref name="kind"/> does not take.
    /// </summary>
    public static void Check(ReadContext context, DocumentDeclaration declaration, MappingBinder map, KeyValues values, string? kind, bool isDraft)
    {
        // A kind not (yet) known — one the profile may declare — has no rules of its own here; they are checked once it is known.
        if (kind is not null && declaration.Kind(kind) is null)
        {
            kind = null;
        }

        foreach (var key in declaration.Keys)
        {
            if (map.Has(key.Name) && kind is not null && key.OnlyFor.Count > 0 && !key.OnlyFor.Contains(kind, StringComparer.Ordinal))
            {
                map.Error(DiagnosticCodes.KeyOfOtherKind, key.Name, $"'{key.Name}' is {Where(declaration, key)}", $"remove '{key.Name}', or set 'art:' accordingly");
                continue;
            }

            var required = (kind is not null && key.RequiredFor.Contains(kind, StringComparer.Ordinal))
                || (key.RequiredUnlessDraft && !isDraft)
                || (key.RequiredWhen is { } when && values.Text(when.Key) == when.Value);
            if (!required || values.Has(key.Name) || (key.Alternative is { } other && map.Has(other)))
            {
                continue;
            }

            if (map.Value(key.Name) is { } node)
            {
                // Written but empty: say so where it stands; a list or mapping was already reported as the wrong type.
                if (node is YamlScalarNode scalar && (MappingBinder.IsEmpty(scalar) || string.IsNullOrWhiteSpace(scalar.Value)))
                {
                    map.Error(DiagnosticCodes.EmptyValue, key.Name, $"'{key.Name}' must not be empty", EmptyHint(key));
                }

                continue;
            }

            var at = key.RequiredWhen is { } cause && map.Has(cause.Key) ? map.KeyAt(cause.Key) : context.FileStart;
            map.Require(key.Name, at, key.MissingHint ?? $"add '{key.Name}:'");
        }
    }

    private static string EmptyHint(KeyDeclaration key) => key.Type switch
    {
        KeyType.Date => $"write the date after '{key.Name}:', e.g. '{key.Name}: {key.Example ?? "28.02.2023"}' (a '#' starts a comment)",
        KeyType.Text => MotionKeys.EmptyTextHint(key.Name),
        _ => $"write the value after '{key.Name}:'",
    };

    /// <summary>"only used in: Anfrage (art: anfrage)" or, for a key most kinds take, "not used in: …".</summary>
    private static string Where(DocumentDeclaration declaration, KeyDeclaration key)
    {
        var takes = declaration.Kinds.Where(k => key.OnlyFor.Contains(k.Name, StringComparer.Ordinal)).ToList();
        var others = declaration.Kinds.Except(takes).ToList();
        return takes.Count <= others.Count
            ? "only used in: " + string.Join(", ", takes.Select(k => $"{k.Title} (art: {k.Name})"))
            : "not used in: " + string.Join(", ", others.Select(k => $"{k.Title} (art: {k.Name})"));
    }
}
