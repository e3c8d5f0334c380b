using System.Text;

namespace Antrag.Tests.Mutation;

/// <summary>
/// Applies seeded random edits to the bytes of a file: deleted characters, swapped or duplicated lines, changed indentation,
/// random bytes and characters YAML treats specially, truncation, an anchored value referred to many times, runs of emphasis
/// markers. The same seed always gives the same edits.
/// </summary>
public static class Mutator
{
    /// <summary>Characters that mean something to YAML or to the light Markdown of the texts.</summary>
    private static readonly byte[] Significant = Encoding.UTF8.GetBytes(":-[]{}\"'#&*|>!%@`?,\t\n\r\\~=+_<^$");

    /// <summary>Applies one to three edits chosen by <paramref name="seed"/>; <paramref name="edits"/> describes them.</summary>
    public static byte[] Mutate(byte[] original, int seed, out string edits)
    {
        var random = new Random(seed);
        var bytes = original.ToList();
        var done = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count && bytes.Count > 0; i++)
        {
            done.Add(Edit(bytes, random));
        }

        edits = string.Join("; ", done);
        return bytes.ToArray();
    }

    private static string Edit(List<byte> bytes, Random random)
    {
        switch (random.Next(11))
        {
            case 0:
            {
                var at = random.Next(bytes.Count);
                var n = Math.Min(random.Next(1, 6), bytes.Count - at);
                bytes.RemoveRange(at, n);
                return $"deleted {n} bytes at {at}";
            }

            case 1:
            {
                var lines = Lines(bytes);
                int a = random.Next(lines.Count), b = random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                Join(bytes, lines);
                return $"swapped lines {a + 1} and {b + 1}";
            }

            case 2:
            {
                var lines = Lines(bytes);
                var at = random.Next(lines.Count);
                var line = lines[at];
                var change = random.Next(4);
                lines[at] = change switch
                {
                    0 => [.. Enumerable.Repeat((byte)' ', random.Next(1, 5)), .. line],
                    1 => line.Length > 0 && line[0] == (byte)' ' ? line[1..] : line,
                    2 => [(byte)'\t', .. line.SkipWhile(c => c == ' ')],
                    _ => [.. line.SkipWhile(c => c == ' ')],
                };
                Join(bytes, lines);
                return $"changed the indentation of line {at + 1} ({change})";
            }

            case 3:
            {
                var at = random.Next(bytes.Count + 1);
                var n = random.Next(1, 5);
                var inserted = new byte[n];
                random.NextBytes(inserted);
                bytes.InsertRange(at, inserted);
                return $"inserted random bytes {Convert.ToHexString(inserted)} at {at}";
            }

            case 4:
            {
                var at = random.Next(bytes.Count);
                var value = Significant[random.Next(Significant.Length)];
                if (random.Next(2) == 0)
                {
                    bytes[at] = value;
                    return $"replaced byte {at} by 0x{value:X2}";
                }

                bytes.Insert(at, value);
                return $"inserted 0x{value:X2} at {at}";
            }

            case 5:
            {
                var lines = Lines(bytes);
                var at = random.Next(lines.Count);
                lines.Insert(at, lines[at]);
                Join(bytes, lines);
                return $"duplicated line {at + 1}";
            }

            case 6:
            {
                var at = random.Next(bytes.Count);
                bytes.RemoveRange(at, bytes.Count - at);
                return $"truncated at {at}";
            }

            case 7:
            {
                var lines = Lines(bytes);
                var at = random.Next(lines.Count);
                lines.RemoveAt(at);
                Join(bytes, lines);
                return $"deleted line {at + 1}";
            }

            case 9:
            {
                // An anchor on a value and many references to it (the texts an alias bomb would copy).
                var lines = Lines(bytes);
                var at = random.Next(lines.Count);
                var text = Encoding.UTF8.GetString(lines[at]);
                var colon = text.IndexOf(": ", StringComparison.Ordinal);
                var n = random.Next(1, 3000);
                if (colon > 0)
                {
                    lines[at] = Encoding.UTF8.GetBytes(text[..(colon + 2)] + "&m " + text[(colon + 2)..]);
                }

                lines.Add(Encoding.UTF8.GetBytes("anlagen: [" + string.Join(", ", Enumerable.Repeat("*m", n)) + "]"));
                Join(bytes, lines);
                return $"anchored line {at + 1} and referred to it {n} times";
            }

            case 10:
            {
                // A run of emphasis markers, paired or not.
                var at = random.Next(bytes.Count + 1);
                var marker = new[] { "**", "*", "++", "~~", "**a ", "*a* " }[random.Next(6)];
                var n = random.Next(1, 2000);
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(marker, n))));
                return $"inserted '{marker}' {n} times at {at}";
            }

            default:
            {
                var at = random.Next(bytes.Count);
                bytes[at] = (byte)random.Next(256);
                return $"replaced byte {at} by 0x{bytes[at]:X2}";
            }
        }
    }

    private static List<byte[]> Lines(List<byte> bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Count; i++)
        {
            if (i == bytes.Count || bytes[i] == (byte)'\n')
            {
                lines.Add(bytes.GetRange(start, i - start).ToArray());
                start = i + 1;
            }
        }

        return lines;
    }

    private static void Join(List<byte> bytes, List<byte[]> lines)
    {
        bytes.Clear();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                bytes.Add((byte)'\n');
            }

            bytes.AddRange(lines[i]);
        }
    }

    /// <summary>The bytes as readable text for a failure message: UTF-8 where valid, other bytes as \xNN.</summary>
    public static string Show(byte[] bytes)
    {
        var text = new StringBuilder();
        var decoder = new UTF8Encoding(false, true);
        for (var i = 0; i < bytes.Length;)
        {
            var length = bytes[i] < 0x80 ? 1 : bytes[i] >= 0xF0 ? 4 : bytes[i] >= 0xE0 ? 3 : bytes[i] >= 0xC0 ? 2 : 1;
            try
            {
                if (i + length > bytes.Length)
                {
                    throw new DecoderFallbackException();
                }

                var s = decoder.GetString(bytes, i, length);
                text.Append(s is "\t" or "\n" || !char.IsControl(s[0]) ? s : $"\\x{bytes[i]:X2}");
                i += length;
            }
            catch (DecoderFallbackException)
            {
                text.Append($"\\x{bytes[i]:X2}");
                i++;
            }
        }

        return text.ToString();
    }
}
