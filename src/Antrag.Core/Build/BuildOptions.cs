namespace Antrag.Build;

/// <summary>What <c>antrag build</c> was asked to do: which folder, where to, which formats, and how.</summary>
public sealed record BuildOptions
{
    /// <summary>The folder searched for motions (with its subfolders).</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>The folder the outputs go to, mirroring the folders below <see cref="SourceDirectory"/>.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The formats to write; the thumbnail for the index is always written.</summary>
    public BuildFormats Formats { get; init; } = BuildFormats.Pdf;

    /// <summary>Resolution of PNG pages.</summary>
    public int Dpi { get; init; } = Export.PngExporter.DefaultDpi;

    /// <summary>Render every motion, whatever the build state says.</summary>
    public bool Force { get; init; }

    /// <summary>Render only this share of the motions; null = all.</summary>
    public Shard? Shard { get; init; }

    /// <summary>The address <see cref="OutputDirectory"/> is published at; OParl ids and file addresses are built from it. Needed for <see cref="BuildFormats.OParl"/>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Where to write one PDF that joins all motions of the build (in the order of their paths), with a bookmark each; null = none.</summary>
    public string? CombinedPdf { get; init; }

    /// <summary>How many motions are rendered at the same time.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The file the build keeps its state in (what it rendered from what); null: <see cref="BuildStateLocation.Default"/>, in
    /// <c>.antrag/build/</c> of the current folder. Never inside <see cref="OutputDirectory"/>, which is published.
    /// </summary>
    public string? StateFile { get; init; }

    /// <summary>How often the state is saved while rendering, so that a killed build loses little work.</summary>
    public TimeSpan StateSaveInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How files are written: <see cref="Export.AtomicFile.WriteAll"/>; tests give a writer that fails like a full disk.</summary>
    internal BuildWriter Write { get; init; } = Export.AtomicFile.WriteAll;
}
