namespace Antrag.Output;

/// <summary>What <c>antrag render</c> writes: a PDF, PNG pages, or the letterhead text.</summary>
public enum OutputFormat
{
    Pdf,
    Png,
    Txt,
}
