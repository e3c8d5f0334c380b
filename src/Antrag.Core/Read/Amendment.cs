namespace Antrag.Read;

/// <summary>
/// One change of an Änderungs- or Ergänzungsantrag (<c>aenderungen</c>): where (<c>stelle</c>) and the new text (<c>text</c>);
/// without <c>stelle</c>, the text states the whole change ("In Zeile 12 wird … ersetzt durch …").
/// </summary>
public sealed record Amendment(string? Place, string Text);
