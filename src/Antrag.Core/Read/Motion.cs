using Antrag.Diagnostics;

namespace Antrag.Read;

/// <summary>A motion as the faction wrote it in its YAML file, typed and with source positions.</summary>
public sealed record Motion
{
    /// <summary>The path of the motion file as the user named it (used in diagnostics).</summary>
    public required string SourcePath { get; init; }

    /// <summary>Kind of document (<c>art</c>), e.g. <c>antrag</c>; selects the template.</summary>
    public string Kind { get; init; } = "antrag";

    /// <summary>Reference number assigned by the council office (<c>vorlagennummer</c>), e.g. "4493/23 A".</summary>
    public string? ReferenceNumber { get; init; }

    /// <summary>Date of the motion (<c>datum</c>).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Place printed before the date (<c>ort</c>); defaults to the profile's city.</summary>
    public string? Place { get; init; }

    /// <summary>Whether the motion is public (<c>oeffentlich</c>, default true).</summary>
    public bool IsPublic { get; init; } = true;

    /// <summary>The Beratungsfolge (<c>beratungsfolge</c>), in order.</summary>
    public IReadOnlyList<Consultation> Consultations { get; init; } = [];

    /// <summary>The subject (<c>betreff</c>), light Markdown; a newline is a line break.</summary>
    public required string Subject { get; init; }

    /// <summary>The draft resolution (<c>beschlussentwurf</c>), light Markdown.</summary>
    public required string DraftResolution { get; init; }

    /// <summary>The reasoning (<c>begruendung</c>), light Markdown; optional.</summary>
    public string? Reasoning { get; init; }

    /// <summary>Signers (<c>unterzeichner</c>), printed side by side after "gez.".</summary>
    public IReadOnlyList<Signer> Signers { get; init; } = [];

    /// <summary>Explicit profile path (<c>profil</c>), relative to the motion file; null = search upwards.</summary>
    public string? ProfilePath { get; init; }

    /// <summary>Where each key stood, by YAML path such as <c>betreff</c> or <c>beratungsfolge[0].sitzungstermin</c>.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>();
}
