namespace Antrag.Read;

/// <summary>Where the faction's contact block goes on page 1 (<c>kontaktblock</c>).</summary>
public enum ContactPlacement
{
    /// <summary>A narrow column at the right edge of page 1 (<c>seitenleiste</c>).</summary>
    Sidebar,

    /// <summary>Columns across the foot of page 1 (<c>fusszeile</c>).</summary>
    Footer,
}
