namespace Antrag.Layout;

/// <summary>A counted line of the motion's text as laid out: its number, page (1-based), baseline and text.</summary>
public sealed record NumberedLine(int Number, int Page, float Baseline, string Text);
