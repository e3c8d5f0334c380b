using Antrag.Text;
using Scriban;
using Scriban.Runtime;

namespace Antrag.Tests.Text;

/// <summary>Templates see the same built-in functions through <see cref="LazyBuiltins"/> as through Scriban's own built-in object.</summary>
public sealed class LazyBuiltinsTests
{
    private static string Render(string text, ScriptObject? builtins)
    {
        var context = builtins is null ? new TemplateContext() : new TemplateContext(builtins);
        context.StrictVariables = true;
        return Template.Parse(text).Render(context);
    }

    [Fact]
    public void The_lazy_object_offers_exactly_the_names_of_Scribans_own()
    {
        var own = TemplateContext.GetDefaultBuiltinObject().GetMembers().Order(StringComparer.Ordinal);
        Assert.Equal(own, LazyBuiltins.Names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{{ \"Rats Sitzung\" | string.upcase }}")]
    [InlineData("{{ \"a, b,\" | string.rstrip | string.replace \",\" \";\" }}")]
    [InlineData("{{ [3, 1, 2] | array.sort | array.join \"-\" }}")]
    [InlineData("{{ math.round 2.567 1 }} {{ 7 | math.floor }}")]
    [InlineData("{{ \"<b>\" | html.escape }} {{ \"x1y22\" | regex.replace `\\d+` \"#\" }}")]
    [InlineData("{{ x = {a: 1} }}{{ x | object.keys | array.size }} {{ [] == empty }}")]
    [InlineData("{{ (timespan.from_hours 2).hours }}")]
    [InlineData("{{ date.parse \"2023-02-28\" | date.to_string \"%d.%m.%Y\" }}")]
    public void A_template_renders_the_same_as_with_Scribans_built_ins(string text)
    {
        Assert.Equal(Render(text, null), Render(text, new LazyBuiltins()));
    }

    [Fact]
    public void A_built_in_cannot_be_replaced_and_a_change_to_one_stays_in_its_context()
    {
        var replace = Assert.ThrowsAny<Exception>(() => Render("{{ string = 1 }}", new LazyBuiltins()));
        Assert.Contains("string", replace.Message, StringComparison.Ordinal);

        Assert.Equal("x", Render("{{ string.extra = 'x' }}{{ string.extra }}", new LazyBuiltins()));
        Assert.Equal(string.Empty, Render("{{ string.extra }}", new LazyBuiltins()));
        Assert.Equal(Render("{{ string.extra }}", null), Render("{{ string.extra }}", new LazyBuiltins()));
    }
}
