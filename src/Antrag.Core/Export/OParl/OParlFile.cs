using System.Text.Json.Serialization;

namespace Antrag.Export.OParl;

/// <summary>An OParl 1.1 <c>File</c>: the motion's PDF with its size, type, checksum and address.</summary>
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

    [JsonPropertyName("downloadUrl")]
    public required string DownloadUrl { get; init; }

    [JsonPropertyName("created")]
    public required string Created { get; init; }

    [JsonPropertyName("modified")]
    public required string Modified { get; init; }
}
