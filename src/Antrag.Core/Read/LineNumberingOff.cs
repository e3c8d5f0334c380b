namespace Antrag.Read;

/// <summary>The value of <c>zeilennummern: false</c>: line numbers switched off explicitly (also those of the profile).</summary>
public sealed record LineNumberingOff
{
    /// <summary>The one value.</summary>
    public static LineNumberingOff Value { get; } = new();
}
