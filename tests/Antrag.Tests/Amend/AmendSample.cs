using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Amend;

/// <summary>
/// The sample motion edited in four ways — a word replaced, a sentence inserted, a numbered point changed, a paragraph deleted —
/// in a temporary copy of the Musterstadt folder.
/// </summary>
public static class AmendSample
{
    public const string Base = "antrag-radverkehrskonzept.yaml";

    public const string InsertedSentence = "Dabei sind die Ergebnisse des Verkehrsentwicklungsplans zu berücksichtigen.";

    public const string DeletedParagraph = "Die Bürgerinnen und Bürger, die Schulen, die Polizei und die örtlichen Verbände werden an der Erarbeitung beteiligt. Der Ausschuss für Mobilität und Verkehr wird halbjährlich über den Stand unterrichtet.";

    /// <summary>A copy of samples/musterstadt.</summary>
    public static TempFolder Folder() => TempFolder.WithCopyOf(RepoPaths.Sample("musterstadt"));

    /// <summary>The base motion with the four edits.</summary>
    public static string Edit(string yaml)
    {
        return yaml
            .Must("bis zum 31.03.2025 ein", "bis zum 30.06.2025 ein")
            .Must("dem Rat zum Beschluss vorzulegen.", "dem Rat zum Beschluss vorzulegen. " + InsertedSentence)
            .Must("an Bahnhöfen, Schulen und öffentlichen Gebäuden,", "an Bahnhöfen, Schulen, Sportstätten und Verwaltungsgebäuden,")
            .Must("\n  " + DeletedParagraph + "\n", "\n");
    }

    private static string Must(this string text, string old, string @new)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, @new, StringComparison.Ordinal);
    }
}
