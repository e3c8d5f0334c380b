namespace Antrag.Serve;

/// <summary>One motion of the folder view: where it is, what it says it is, and whether <c>antrag check</c> accepts it.</summary>
internal sealed record FolderEntry(string Path, string Kind, string Number, string Date, string Subject, string State, int Errors, int Warnings, string FirstProblem);
