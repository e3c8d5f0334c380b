using System.Globalization;
using Markdig.Parsers;

namespace Antrag.Text;

/// <summary>
/// Reads list items marked "(1)", "(a)", "(A)", "(i)" or "(I)" — a style German texts use that CommonMark does not know.
/// The list remembers the style by the delimiter '(' (CommonMark's are '.' and ')'), so it never joins a "1)" list.
/// </summary>
internal sealed class ParenthesizedListItemParser : OrderedListItemParser
{
    /// <summary>The delimiter a parenthesised list is marked with.</summary>
    public const char Delimiter = '(';

    public ParenthesizedListItemParser() => OpeningCharacters = ['('];

    public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
    {
        result = default;
        var line = state.Line;
        var start = line.Start + 1;
        var end = start;
        while (end <= line.End && end - start < 9 && char.IsAsciiLetterOrDigit(line.Text[end]))
        {
            end++;
        }

        if (end == start || end > line.End || line.Text[end] != ')')
        {
            return false;
        }

        var marker = line.Text[start..end];
        if (ListMarker.Value(marker) is not { } parsed)
        {
            return false;
        }

        result = new ListInfo(parsed.BulletType)
        {
            OrderedStart = parsed.Number.ToString(CultureInfo.InvariantCulture),
            DefaultOrderedStart = "1",
            OrderedDelimiter = Delimiter,
        };
        for (var i = 0; i <= end - line.Start; i++)
        {
            state.NextChar();
        }

        return true;
    }
}
