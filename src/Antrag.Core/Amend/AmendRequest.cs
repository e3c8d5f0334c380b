namespace Antrag.Amend;

/// <summary>
/// What <c>antrag amend</c> is asked: the base and changed versions (files, or <c>REVISION:PATH</c> from git), where to write,
/// a synopsis instead of an Änderungsantrag, changed points given in full (<c>--fassung</c>), and today's date.
/// </summary>
public sealed record AmendRequest(string Base, string Changed, string? Output, bool Synopsis, bool Fassung, DateOnly Today);
