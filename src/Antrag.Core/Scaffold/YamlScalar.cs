using System.Globalization;
using System.Text;

namespace Antrag.Scaffold;

/// <summary>Writes a one-line text as a YAML value: plain when YAML reads it back unchanged, otherwise in double quotes.</summary>
public static class YamlScalar
{
    private static readonly string[] Reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    /// <summary>The text as a YAML value that reads back as exactly <paramref name="text"/>.</summary>
    public static string Format(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsPlainSafe(text) ? text : Quote(text);
    }

    private static bool IsPlainSafe(string text)
    {
        if (text.Length == 0 || text != text.Trim() || Reserved.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':'))
        {
            return false;
        }

        // Numbers would be read back as numbers (and '1.10' as 1.1).
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        return text.All(c => !char.IsControl(c) && c != '\uFEFF');
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (char.IsControl(c) || c == '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
