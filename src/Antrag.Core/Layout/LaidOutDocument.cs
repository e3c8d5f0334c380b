using Antrag.Fonts;

namespace Antrag.Layout;

/// <summary>The result of layout: pages of frames, the fonts they use, metadata, and notes on why pages broke where they did.</summary>
public sealed record LaidOutDocument(IReadOnlyList<PageFrame> Pages, FontSet Fonts, DocumentInfo Info, IReadOnlyList<string> Notes);
