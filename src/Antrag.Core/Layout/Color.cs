using System.Globalization;

namespace Antrag.Layout;

/// <summary>An opaque RGB colour.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color Black { get; } = new(0, 0, 0);

    public static Color DarkGrey { get; } = new(0x40, 0x40, 0x40);

    public static Color Grey { get; } = new(0x70, 0x70, 0x70);

    /// <summary>Parses "#RRGGBB"; returns black for anything else (the reader validates colours).</summary>
    public static Color Parse(string hex)
    {
        if (hex.Length == 7 && hex[0] == '#' && int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            return new Color((byte)(v >> 16), (byte)(v >> 8), (byte)v);
        }

        return Black;
    }

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}
