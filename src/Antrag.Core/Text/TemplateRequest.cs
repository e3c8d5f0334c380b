using Scriban.Runtime;

namespace Antrag.Text;

/// <summary>Which template to run instead of the motion's kind, and extra variables it sees (e.g. the rows of a synopsis).</summary>
public sealed record TemplateRequest(string TemplateName, ScriptObject? Variables = null);
