namespace Antrag.Read;

/// <summary>One change of an Änderungs- or Ergänzungsantrag (<c>aenderungen</c>): where (<c>stelle</c>) and the new text (<c>text</c>).</summary>
public sealed record Amendment(string Place, string Text);
