namespace Antrag.Diagnostics;

/// <summary>How serious a diagnostic is: an error stops the render, a warning does not, a note only says what antrag did.</summary>
public enum Severity
{
    Warning,
    Error,
    Note,
}
