using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Antrag.Cli;

/// <summary>
/// Options whose values are checked while parsing, with messages of antrag's own: a whole number in a range, one of a few
/// names. A wrong value becomes a parse error (printed as <c>--dpi: error ANT8010: …</c> by <see cref="CommandLineErrors"/>),
/// never an exception.
/// </summary>
public static class CliOptions
{
    /// <summary>An option that takes a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<int> Number(string name, string description, int min, int max, int defaultValue) =>
        new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    result.AddError($"{name} takes a whole number from {Invariant(min)} to {Invariant(max)}; got '{text}'");
                    return defaultValue;
                }

                if (value < min || value > max)
                {
                    result.AddError($"{name} must be between {Invariant(min)} and {Invariant(max)}; got {Invariant(value)}");
                }

                return value;
            },
        };

    /// <summary>An option that takes one of <paramref name="choices"/> (as written), shown as <c>a|b|c</c> in the help.</summary>
    public static Option<string> Choice(string name, string alias, string description, params string[] choices)
    {
        var option = new Option<string>(name, alias)
        {
            Description = description,
            DefaultValueFactory = _ => choices[0],
            HelpName = string.Join("|", choices),
        };
        option.CompletionSources.Add(choices);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>() ?? string.Empty;
            if (!choices.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"unknown value '{value}' for {name}; choose from {string.Join(", ", choices)}");
            }
        });
        return option;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
