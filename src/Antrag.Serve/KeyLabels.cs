namespace Antrag.Serve;

/// <summary>The German label of a declared key for the form, made from its name: <c>begruendung</c> → Begründung, <c>oeffentlich</c> → Öffentlich.</summary>
internal static class KeyLabels
{
    public static string For(string name)
    {
        var chars = new System.Text.StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var next = i + 1 < name.Length ? name[i + 1] : '\0';
            var before = i > 0 ? name[i - 1] : '\0';
            if (next == 'e' && c is 'a' or 'o' or 'u' && before is not 'e' and not 'a' and not 'i' and not 'o' and not 'u' and not 'q')
            {
                chars.Append(c switch { 'a' => 'ä', 'o' => 'ö', _ => 'ü' });
                i++;
                continue;
            }

            chars.Append(c == '-' || c == '_' ? ' ' : c);
        }

        var label = chars.ToString();
        return label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
    }
}
