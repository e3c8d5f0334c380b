using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Antrag.Tests.PdfA;

/// <summary>
/// Plants a fault in a PDF our writer wrote: an object's text (a stream decompressed) is edited, written back uncompressed
/// with its new /Length, and the cross-reference table is rebuilt, so the file is sound but for the fault. Objects in an
/// object stream are taken out of it first (the file then has a table, not a cross-reference stream).
/// </summary>
public static partial class PdfSurgery
{
    /// <summary>
    /// Applies each edit (a regular expression and its replacement, first match only) to the first object whose text
    /// matches it; fails if an edit matches nowhere.
    /// </summary>
    public static byte[] Edit(byte[] pdf, params (string Pattern, string Replacement)[] edits)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var objects = ObjectPattern().Matches(text).Select(m => (Number: m.Groups[1].Value, Body: m.Groups[2].Value)).ToList();

        // Objects in an object stream become objects of their own, and the cross-reference stream a table and trailer.
        var xrefStream = objects.FindIndex(o => o.Body.StartsWith("<</Type /XRef", StringComparison.Ordinal));
        var trailerText = xrefStream < 0
            ? TrailerPattern().Match(text).Groups[1].Value
            : "<</Size 0 /Root 1 0 R /Info 2 0 R " + IdPattern().Match(objects[xrefStream].Body).Value + ">>";
        if (xrefStream >= 0)
        {
            objects.RemoveAt(xrefStream);
        }

        foreach (var (number, body) in objects.Where(o => o.Body.StartsWith("<</Type /ObjStm", StringComparison.Ordinal)).ToList())
        {
            var data = Readable(body);
            var first = int.Parse(Regex.Match(body, @"/First (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
            var content = data[(data.IndexOf("\nstream\n", StringComparison.Ordinal) + 8)..^"\nendstream".Length];
            var pairs = content[..first].Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i < pairs.Count; i += 2)
            {
                var from = first + pairs[i + 1];
                var to = i + 3 < pairs.Count ? first + pairs[i + 3] : content.Length;
                objects.Add((pairs[i].ToString(CultureInfo.InvariantCulture), content[from..to].TrimEnd('\n')));
            }

            objects.RemoveAll(o => o.Number == number);
        }

        foreach (var (pattern, replacement) in edits)
        {
            var regex = new Regex(pattern, RegexOptions.Singleline);
            var index = objects.FindIndex(o => regex.IsMatch(Readable(o.Body)));
            if (index < 0)
            {
                throw new InvalidOperationException($"no object matches '{pattern}'");
            }

            var readable = Readable(objects[index].Body);
            objects[index] = (objects[index].Number, Written(regex.Replace(readable, replacement, 1)));
        }

        var header = text[..text.IndexOf("1 0 obj", StringComparison.Ordinal)];
        var trailer = TrailerSize().Replace(trailerText, "/Size " + (objects.Max(o => int.Parse(o.Number, CultureInfo.InvariantCulture)) + 1).ToString(CultureInfo.InvariantCulture));
        var sb = new StringBuilder(header);
        var offsets = new SortedDictionary<int, int>();
        foreach (var (number, body) in objects)
        {
            offsets[int.Parse(number, CultureInfo.InvariantCulture)] = sb.Length;
            sb.Append(number).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }

        var xref = sb.Length;
        var size = offsets.Keys.Max() + 1;
        sb.Append("xref\n0 ").Append(size).Append("\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            sb.Append(offsets.TryGetValue(n, out var at) ? at.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n" : "0000000000 65535 f \n");
        }

        sb.Append("trailer\n").Append(trailer).Append("\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>An object's text with its stream, if any, inflated (and /Filter /FlateDecode and /Length taken out).</summary>
    public static string Readable(string body)
    {
        var stream = StreamPattern().Match(body);
        if (!stream.Success)
        {
            return body;
        }

        var dictionary = stream.Groups[1].Value;
        var data = Encoding.Latin1.GetBytes(stream.Groups[2].Value);
        if (dictionary.Contains("/Filter /FlateDecode", StringComparison.Ordinal))
        {
            using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            data = output.ToArray();
            dictionary = dictionary.Replace(" /Filter /FlateDecode", string.Empty, StringComparison.Ordinal).Replace("/Filter /FlateDecode ", string.Empty, StringComparison.Ordinal);
        }

        dictionary = LengthPattern().Replace(dictionary, string.Empty);
        return dictionary + "\nstream\n" + Encoding.Latin1.GetString(data) + "\nendstream";
    }

    private static string Written(string readable)
    {
        var stream = StreamPattern().Match(readable);
        if (!stream.Success)
        {
            return readable;
        }

        var dictionary = stream.Groups[1].Value;
        return dictionary[..^2] + " /Length " + stream.Groups[2].Value.Length.ToString(CultureInfo.InvariantCulture) + ">>\nstream\n" + stream.Groups[2].Value + "\nendstream";
    }

    [GeneratedRegex(@"(?m)^(\d+) 0 obj\n(.*?)\nendobj\n", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"\A(<<.*?>>)\nstream\n(.*)\nendstream\z", RegexOptions.Singleline)]
    private static partial Regex StreamPattern();

    [GeneratedRegex(@" ?/Length \d+(?! \d+ R)")]
    private static partial Regex LengthPattern();

    [GeneratedRegex(@"trailer\n(<<.*?>>)\nstartxref", RegexOptions.Singleline)]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"/Size \d+")]
    private static partial Regex TrailerSize();
}
