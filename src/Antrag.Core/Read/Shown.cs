namespace Antrag.Read;

/// <summary>How a value the user wrote is quoted in a message: whole up to 60 characters, a longer one cut off with '…'.</summary>
internal static class Shown
{
    /// <summary>The longest value quoted whole.</summary>
    public const int MaxLength = 60;

    /// <summary><paramref name="text"/> as quoted in a message (a key of a million characters is not printed whole).</summary>
    public static string Text(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "…";
}
