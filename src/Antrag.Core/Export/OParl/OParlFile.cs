using System.Text.Json.Serialization;

namespace Antrag.Export.OParl;

/// <summary>
/// An OParl 1.1 <c>File</c>: the motion's PDF with its size, type, checksum and address. Only <c>accessUrl</c> is given: the
/// spec wants <c>downloadUrl</c> served with another Content-Disposition (attachment), which a folder of static files cannot.
/// Embedded in its Paper without <see cref="Paper"/>; its own file at its id names the paper.
/// </summary>
public sealed record OParlFile
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("type")]
    public string Type => OParlExporter.SchemaBase + "File";

    /// <summary>A name for people, without extension, e.g. "Antrag 0342/24".</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    [JsonPropertyName("fileName")]
    public required string FileName { get; init; }

    [JsonPropertyName("mimeType")]
    public string MimeType => "application/pdf";

    /// <summary>The motion's date, <c>YYYY-MM-DD</c>.</summary>
    [JsonPropertyName("date")]
    public required string Date { get; init; }

    /// <summary>Size in bytes.</summary>
    [JsonPropertyName("size")]
    public required long Size { get; init; }

    /// <summary>SHA-512 of the file, lower-case hex.</summary>
    [JsonPropertyName("sha512Checksum")]
    public required string Sha512Checksum { get; init; }

    [JsonPropertyName("accessUrl")]
    public required string AccessUrl { get; init; }

    /// <summary>The paper the file belongs to (back-reference), only in the File's own file.</summary>
    [JsonPropertyName("paper")]
    public IReadOnlyList<string>? Paper { get; init; }

    [JsonPropertyName("created")]
    public required string Created { get; init; }

    [JsonPropertyName("modified")]
    public required string Modified { get; init; }
}
