namespace Antrag.Edit;

/// <summary>A form edit that cannot be made to the source as it stands; the message (German) says why and what to do instead.</summary>
public sealed class SourceEditException(string message) : Exception(message)
{
}
