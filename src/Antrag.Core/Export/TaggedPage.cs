using Antrag.Layout;
using Antrag.Pdf;

namespace Antrag.Export;

/// <summary>
/// Keeps the marked-content sequences of one page of a tagged PDF: consecutive pieces of the same element (or artifacts of
/// the same kind) share one sequence; a piece with its own actual text gets a sequence of its own.
/// </summary>
internal sealed class TaggedPage(PdfPage page)
{
    private PdfStructureElement? element;
    private PdfArtifact? artifact;
    private bool single;

    /// <summary>Makes what is drawn next content of <paramref name="next"/>, with <paramref name="actualText"/> if given.</summary>
    public void Content(PdfStructureElement next, string? actualText = null)
    {
        if (element == next && actualText is null && !single)
        {
            return;
        }

        End();
        page.BeginContent(next, actualText);
        element = next;
        single = actualText is not null;
    }

    /// <summary>Makes what is drawn next an artifact of <paramref name="next"/>.</summary>
    public void Artifact(PdfArtifact next)
    {
        if (artifact == next)
        {
            return;
        }

        End();
        page.BeginArtifact(next);
        artifact = next;
    }

    /// <summary>Ends the open sequence, if any.</summary>
    public void End()
    {
        if (element is not null || artifact is not null)
        {
            page.EndMarkedContent();
        }

        element = null;
        artifact = null;
        single = false;
    }
}
