using System.CommandLine;
using System.CommandLine.Parsing;
using Antrag.Diagnostics;

namespace Antrag.Cli;

/// <summary>
/// Turns the parse errors of System.CommandLine into coded diagnostics: an unknown command or option (ANT8011), a missing
/// argument or option value (ANT8012), a value that cannot be used (ANT8010). Each names the option as it was written.
/// </summary>
public static class CommandLineErrors
{
    /// <summary>The diagnostics for the errors of <paramref name="parsed"/>, one per problem, in the order they were found.</summary>
    public static IReadOnlyList<Diagnostic> Of(ParseResult parsed)
    {
        var result = new List<Diagnostic>();
        var command = parsed.CommandResult.Command;
        var usage = command is RootCommand ? "antrag --help" : $"antrag {command.Name} --help";
        var unmatched = parsed.UnmatchedTokens;
        if (command is RootCommand)
        {
            // No command, or an unknown one: one message says it all.
            var commands = string.Join(", ", command.Subcommands.Select(c => c.Name));
            result.Add(unmatched.Count > 0 && !unmatched[0].StartsWith('-')
                ? Error(DiagnosticCodes.UnknownOption, unmatched[0], $"unknown command '{unmatched[0]}'" + Suggestion(unmatched[0], command.Subcommands.Select(c => c.Name)), "commands: " + commands)
                : unmatched.Count > 0
                    ? Error(DiagnosticCodes.UnknownOption, unmatched[0], $"unknown option '{unmatched[0]}'", $"'{usage}' lists the options")
                    : Error(DiagnosticCodes.MissingOption, "antrag", "no command given", "commands: " + commands + $"; '{usage}' explains them"));
            return result;
        }

        foreach (var token in unmatched)
        {
            result.Add(token.StartsWith('-')
                ? Error(DiagnosticCodes.UnknownOption, token, $"unknown option '{token}' for antrag {command.Name}" + Suggestion(token, OptionNames(command)), $"'{usage}' lists the options")
                : Error(DiagnosticCodes.UnknownOption, token, $"unexpected argument '{token}' for antrag {command.Name}", $"'{usage}' shows which arguments it takes"));
        }

        // An unknown option where an argument may stand (build --forse) is taken as the argument; it is an unknown option
        // all the same, unless written after "--".
        if (!parsed.Tokens.Any(t => t.Type == TokenType.DoubleDash))
        {
            foreach (var token in parsed.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value))
            {
                if (token.Length > 1 && token.StartsWith('-'))
                {
                    result.Add(Error(DiagnosticCodes.UnknownOption, token, $"unknown option '{token}' for antrag {command.Name}" + Suggestion(token, OptionNames(command)), $"'{usage}' lists the options; write ./{token} for a file of that name"));
                }
            }
        }

        foreach (var error in parsed.Errors)
        {
            switch (error.SymbolResult)
            {
                case OptionResult option when option.Tokens.Count == 0:
                    var spelled = option.IdentifierToken?.Value ?? option.Option.Name;
                    result.Add(Error(DiagnosticCodes.MissingOption, spelled, $"{spelled} needs a value", $"'{usage}' shows what {spelled} takes"));
                    break;
                case OptionResult option:
                    result.Add(Error(DiagnosticCodes.OptionValue, option.IdentifierToken?.Value ?? option.Option.Name, OneLine(error.Message), $"'{usage}' shows what it takes"));
                    break;
                case ArgumentResult argument when argument.Tokens.Count == 0:
                    result.Add(Error(DiagnosticCodes.MissingOption, command.Name, $"antrag {command.Name} needs {argument.Argument.Name}", $"'{usage}' shows the usage and examples"));
                    break;
                case ArgumentResult argument:
                    result.Add(Error(DiagnosticCodes.OptionValue, argument.Argument.Name, OneLine(error.Message), $"'{usage}' shows what it takes"));
                    break;
                case CommandResult when unmatched.Count > 0:
                    // "Unrecognized command or argument": reported above, token by token.
                    break;
                default:
                    result.Add(Error(DiagnosticCodes.OptionValue, command.Name, OneLine(error.Message), $"'{usage}' shows the usage"));
                    break;
            }
        }

        return result;
    }

    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive))).SelectMany(o => o.Aliases.Prepend(o.Name));

    private static Diagnostic Error(DiagnosticCode code, string what, string message, string hint) =>
        new(code, Severity.Error, SourceSpan.InFile(what), message, hint);

    /// <summary>The message of System.CommandLine on one line (it lists choices on lines of their own).</summary>
    private static string OneLine(string message) =>
        string.Join(" ", message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>" (did you mean 'x'?)" for a name close to one of <paramref name="names"/>, or nothing.</summary>
    private static string Suggestion(string written, IEnumerable<string> names) =>
        Read.KeySuggester.Suggest(written, names) is { } close ? $" (did you mean '{close}'?)" : string.Empty;
}
