using System.Globalization;
using System.Text;
using Antrag.Layout;

namespace Antrag.Export;

/// <summary>Writes laid-out pages as a stable text listing of their items (for golden tests and debugging).</summary>
public static class FrameDump
{
    /// <summary>One line per item, positions in points with one decimal, y downwards from the page's top.</summary>
    public static string Write(LaidOutDocument doc)
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.Append(ci, $"document: {doc.Pages.Count} page(s); title \"{doc.Info.Title}\"; author \"{doc.Info.Author}\"\n");
        foreach (var note in doc.Notes)
        {
            sb.Append(ci, $"note: {note}\n");
        }

        for (var p = 0; p < doc.Pages.Count; p++)
        {
            var page = doc.Pages[p];
            sb.Append(ci, $"page {p + 1} ({page.Width:0.##} x {page.Height:0.##})\n");
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case TextItem t:
                        sb.Append(ci, $"  text {t.X,6:0.0} {t.Baseline,6:0.0} w{t.Width,6:0.0} {t.Style} {t.Size:0.#}pt {t.Color}{(t.Rotation != 0 ? " rotated " + t.Rotation.ToString("0.#", ci) + "°" : string.Empty)} \"{t.Text}\"\n");
                        break;
                    case LineItem l:
                        sb.Append(ci, $"  line {l.X1,6:0.0} {l.Y1,6:0.0} -> {l.X2:0.0} {l.Y2:0.0} {l.Thickness:0.##}pt {l.Color}\n");
                        break;
                    case ShapeItem shape:
                        sb.Append(ci, $"  shape {shape.Verbs.Length} verbs {shape.Color} \"{shape.Label}\"\n");
                        break;
                    case ImageItem i:
                        sb.Append(ci, $"  image {i.X,5:0.0} {i.Y,6:0.0} {i.Width:0.0} x {i.Height:0.0} {(i.Image.IsSvg ? "svg" : "png")} {Path.GetFileName(i.Image.SourcePath)}\n");
                        break;
                }
            }
        }

        return sb.ToString();
    }
}
