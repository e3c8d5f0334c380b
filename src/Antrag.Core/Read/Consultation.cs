namespace Antrag.Read;

/// <summary>One row of the Beratungsfolge: Gremium, Sitzungstermin and Beschlussform.</summary>
public sealed record Consultation(string Committee, DateOnly MeetingDate, string Role);
