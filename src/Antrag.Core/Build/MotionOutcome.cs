namespace Antrag.Build;

/// <summary>What happened to one motion in a build.</summary>
public enum MotionOutcome
{
    /// <summary>Rendered and written.</summary>
    Rendered,

    /// <summary>Nothing it depends on changed; its outputs were kept.</summary>
    Unchanged,

    /// <summary>The input is wrong (the diagnostics say where); its previous outputs, if any, were kept.</summary>
    Failed,

    /// <summary>antrag itself failed on it (a bug); its previous outputs, if any, were kept.</summary>
    InternalError,
}
