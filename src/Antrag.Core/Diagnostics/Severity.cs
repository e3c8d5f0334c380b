namespace Antrag.Diagnostics;

/// <summary>How serious a diagnostic is: an error stops the render, a warning does not.</summary>
public enum Severity
{
    Warning,
    Error,
}
