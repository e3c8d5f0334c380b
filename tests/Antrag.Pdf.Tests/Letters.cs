using UglyToad.PdfPig.Content;

namespace Antrag.Pdf.Tests;

/// <summary>Checks on the letters PdfPig reads from a page (shared with Antrag.Tests, which links this file).</summary>
public static class Letters
{
    /// <summary>Asserts that the letters are as many as <paramref name="expected"/> and each starts its baseline within 0.01 pt of its place (PDF space, y up).</summary>
    public static void StandAt(IReadOnlyList<Letter> letters, IReadOnlyList<(double X, double Y)> expected, string where)
    {
        Assert.Equal(expected.Count, letters.Count);
        for (var i = 0; i < letters.Count; i++)
        {
            var at = letters[i].StartBaseLine;
            Assert.True(
                Math.Abs(at.X - expected[i].X) < 0.01 && Math.Abs(at.Y - expected[i].Y) < 0.01,
                $"{where}glyph {i} '{letters[i].Value}': at ({at.X:F3}, {at.Y:F3}), expected at ({expected[i].X:F3}, {expected[i].Y:F3})");
        }
    }
}
