using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Antrag.Text;

/// <summary>
/// Scriban's built-in objects (string, array, date, …) for one template context, each built when a template first names
/// it instead of all at once: Scriban builds them by reflection, which costs milliseconds on every start while our
/// templates use three functions. Each is built once per process and cloned per context, as Scriban does with its own.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Lazy<object>> Shared = new(StringComparer.Ordinal)
    {
        ["array"] = Once(() => new ArrayFunctions()),
        ["empty"] = Once(() => EmptyScriptObject.Default),
        ["blank"] = Once(() => EmptyScriptObject.Default),
        ["include"] = Once(() => new IncludeFunction()),
        ["include_join"] = Once(() => new IncludeJoinFunction()),
        [DateTimeFunctions.DateVariable.Name] = Once(() => new DateTimeFunctions()),
        ["html"] = Once(() => new HtmlFunctions()),
        ["math"] = Once(() => new MathFunctions()),
        ["object"] = Once(() => new ObjectFunctions()),
        ["regex"] = Once(() => new RegexFunctions()),
        ["string"] = Once(() => new StringFunctions()),
        ["timespan"] = Once(() => new TimeSpanFunctions()),
    };

    // Built-ins removed from this context (a template's own object may do that); they are not built again.
    private readonly HashSet<string> removed = new(StringComparer.Ordinal);

    /// <summary>The names Scriban itself provides.</summary>
    internal static IEnumerable<string> Names => Shared.Keys;

    public override bool Contains(string member) => (Shared.ContainsKey(member) && !removed.Contains(member)) || base.Contains(member);

    public override bool CanWrite(string member)
    {
        Materialize(member);
        return base.CanWrite(member);
    }

    public override bool TryGetValue(TemplateContext context, SourceSpan span, string member, out object value)
    {
        Materialize(member);
        var found = base.TryGetValue(context, span, member, out var got);
        value = got!;
        return found;
    }

    public override bool TrySetValue(TemplateContext context, SourceSpan span, string member, object? value, bool readOnly)
    {
        Materialize(member);
        return base.TrySetValue(context, span, member, value, readOnly);
    }

    public override bool Remove(string member)
    {
        Materialize(member);
        var done = base.Remove(member);
        if (done && Shared.ContainsKey(member))
        {
            removed.Add(member);
        }

        return done;
    }

    public override void SetReadOnly(string member, bool readOnly)
    {
        Materialize(member);
        base.SetReadOnly(member, readOnly);
    }

    public override void CopyTo(ScriptObject dest)
    {
        MaterializeAll();
        base.CopyTo(dest);
    }

    public override IScriptObject Clone(bool deep)
    {
        MaterializeAll();
        return base.Clone(deep);
    }

    /// <summary>Builds the built-in object named <paramref name="member"/> into this object if it is one and not built yet.</summary>
    private void Materialize(string member)
    {
        if (!base.Contains(member) && !removed.Contains(member) && Shared.TryGetValue(member, out var shared))
        {
            // A template may change a built-in object (string.x = 1); the clone keeps that to this context.
            var builtin = shared.Value is ScriptObject o ? o.Clone(true) : shared.Value;
            SetValue(member, builtin, readOnly: true);
        }
    }

    private void MaterializeAll()
    {
        foreach (var name in Shared.Keys)
        {
            Materialize(name);
        }
    }

    private static Lazy<object> Once(Func<object> create) => new(create, LazyThreadSafetyMode.ExecutionAndPublication);
}
