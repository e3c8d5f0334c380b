namespace Antrag.Text;

/// <summary>How the cells of a table column are aligned, as the Markdown's dash line says (<c>:---</c>, <c>:---:</c>, <c>---:</c>).</summary>
public enum ColumnAlignment
{
    /// <summary>Flush left (<c>---</c> or <c>:---</c>): the default.</summary>
    Left,

    /// <summary>Centred (<c>:---:</c>).</summary>
    Center,

    /// <summary>Flush right (<c>---:</c>), for amounts such as costs.</summary>
    Right,
}
