namespace Antrag.Text;

/// <summary>What a stretch of a diff is: the same in both versions, only in the old one, or only in the new one.</summary>
public enum DiffKind
{
    Equal,
    Deleted,
    Inserted,
}
