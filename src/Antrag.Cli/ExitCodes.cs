namespace Antrag.Cli;

/// <summary>The exit codes of antrag, by name.</summary>
public static class ExitCodes
{
    /// <summary>Everything was rendered.</summary>
    public const int Ok = 0;

    /// <summary>The input (motion, profile, template, options) is wrong; the diagnostics say where.</summary>
    public const int BadInput = 1;

    /// <summary>antrag itself failed; please report it (run with --verbose for details).</summary>
    public const int InternalError = 2;
}
