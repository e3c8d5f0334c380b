using System.Diagnostics;
using System.Globalization;
using Antrag.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Antrag.Text;

/// <summary>
/// The Scriban context of one template run, bounded by <see cref="InputLimits"/>: steps, time, the length of every text it
/// builds (Scriban's LimitToString, turned from cutting the text short into an error), the length of every output it writes
/// into, and all text built and written together. It also knows the chain of templates being run (to refuse an include that leads back) and the loops running (to
/// tell which list of the motion a built-in template could not print).
/// </summary>
internal sealed class TemplateRun : TemplateContext
{
    /// <summary>The hint of every limit of a template run.</summary>
    public const string LimitHint = "look for a loop or a repetition that grows without end; docs/limits.md lists the limits";

    private readonly long started = Stopwatch.GetTimestamp();
    private readonly List<string> files = [];
    private readonly List<ScriptLoopStatementBase> loops = [];
    private List<ScriptLoopStatementBase>? loopsAtFailure;
    private long steps;
    private long built;
    private readonly Dictionary<IScriptOutput, long> written = new(ReferenceEqualityComparer.Instance);

    public TemplateRun(ScriptObject builtins) : base(builtins)
    {
        LoopLimit = InputLimits.TemplateLoopIterations;
        RecursiveLimit = InputLimits.TemplateDepth;
        // Scriban's own cap bounds what one of its functions may build ("x" * 1000000000 fails before it allocates), but it
        // cuts texts short without a word once all writing together reaches it (an include's text counts twice). Set to
        // the budget of all text built, antrag's checks always stop a run first, with an error.
        LimitToString = (int)InputLimits.TemplateWorkChars;
        RegexTimeOut = InputLimits.TemplateRegexTime;
    }

    /// <summary>The templates being run, the outermost first (by the file names of their spans).</summary>
    public IReadOnlyList<string> Files => files;

    /// <summary>The loops that were running when the run failed (else those running now), the outermost first.</summary>
    public IReadOnlyList<ScriptLoopStatementBase> Loops => loopsAtFailure ?? loops;

    public override object? Evaluate(ScriptNode? node, bool aliasReturnedFunction)
    {
        if (node is null)
        {
            return base.Evaluate(node, aliasReturnedFunction);
        }

        if (++steps > InputLimits.TemplateSteps)
        {
            throw Stopped(node.Span, $"the template takes more than {InputLimits.TemplateSteps.ToString("N0", CultureInfo.InvariantCulture)} steps");
        }

        if ((steps & 0xFF) == 0 && Stopwatch.GetElapsedTime(started) > InputLimits.TemplateTime)
        {
            throw Stopped(node.Span, $"the template runs longer than {InputLimits.TemplateTime.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }

        if (node is ScriptRawStatement raw)
        {
            // Text of the template between code blocks, written without passing Write.
            Written(raw.Span, raw.Text.Length);
        }

        var file = node.Span.FileName;
        var entered = file is not null && (files.Count == 0 || !string.Equals(files[^1], file, StringComparison.Ordinal));
        if (entered)
        {
            files.Add(file!);
        }

        object? result;
        try
        {
            result = base.Evaluate(node, aliasReturnedFunction);
        }
        catch (Exception) when (RememberLoops())
        {
            throw;
        }
        finally
        {
            if (entered)
            {
                files.RemoveAt(files.Count - 1);
            }
        }

        if (result is string text)
        {
            Built(node.Span, text.Length);
        }

        return result;
    }

    public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
    {
        Written(span, textAsObject switch
        {
            null => 0,
            string text => text.Length,
            _ => ObjectToString(textAsObject).Length,
        });
        return base.Write(span, textAsObject);
    }

    /// <summary>A text longer than the limit is an error, not cut short as Scriban would.</summary>
    public override string ObjectToString(object? value, bool nested = false)
    {
        if (value is string text)
        {
            TextLength(text.Length);
        }

        var result = base.ObjectToString(value, nested);
        TextLength(result?.Length ?? 0);
        return result!;
    }

    protected override void OnEnterLoop(ScriptLoopStatementBase loop)
    {
        base.OnEnterLoop(loop);
        loops.Add(loop);
    }

    protected override void OnExitLoop(ScriptLoopStatementBase loop)
    {
        loops.Remove(loop);
        base.OnExitLoop(loop);
    }

    /// <summary>
    /// Keeps the loops running when an exception is thrown: called as an exception filter, before the loops are left
    /// (and forgotten) on the way out. Never catches.
    /// </summary>
    private bool RememberLoops()
    {
        loopsAtFailure ??= [.. loops];
        return false;
    }

    /// <summary>Whether <paramref name="ex"/> is one of Scriban's own limits (LoopLimit, LimitToString, RecursiveLimit, RegexTimeOut).</summary>
    public static bool IsScribanLimit(ScriptRuntimeException ex) =>
        ex.OriginalMessage.Contains("LimitToString", StringComparison.Ordinal)
        || ex.OriginalMessage.Contains("LoopLimit", StringComparison.Ordinal)
        || ex.OriginalMessage.Contains("iteration limit", StringComparison.Ordinal)
        || ex.OriginalMessage.Contains("recursive depth limit", StringComparison.Ordinal)
        || ex.InnerException is System.Text.RegularExpressions.RegexMatchTimeoutException
        || ex.OriginalMessage.Contains("Regex engine has timed out", StringComparison.Ordinal);

    /// <summary>
    /// Counts <paramref name="length"/> characters written into the current output. Each output (the document, an
    /// include's or a capture's text) is held whole, so each is bounded; all writing together counts as text built (an
    /// include's text is written twice: into its output, then into the document).
    /// </summary>
    private void Written(Scriban.Parsing.SourceSpan span, int length)
    {
        var size = written.GetValueOrDefault(Output) + length;
        written[Output] = size;
        if (size > InputLimits.TemplateTextChars)
        {
            throw Stopped(span, $"the template writes more than {InputLimits.TemplateTextChars.ToString("N0", CultureInfo.InvariantCulture)} characters");
        }

        Built(span, length);
    }

    private void Built(Scriban.Parsing.SourceSpan span, int length)
    {
        TextLength(length, span);
        built += length;
        if (built > InputLimits.TemplateWorkChars)
        {
            throw Stopped(span, $"the template builds more than {InputLimits.TemplateWorkChars.ToString("N0", CultureInfo.InvariantCulture)} characters of text altogether");
        }
    }

    private void TextLength(int length, Scriban.Parsing.SourceSpan? span = null)
    {
        if (length > InputLimits.TemplateTextChars)
        {
            throw Stopped(span ?? CurrentNode?.Span ?? default, $"the template builds a text of more than {InputLimits.TemplateTextChars.ToString("N0", CultureInfo.InvariantCulture)} characters");
        }
    }

    private static TemplateStoppedException Stopped(Scriban.Parsing.SourceSpan span, string message) =>
        new(span, DiagnosticCodes.TemplateLimit, message, LimitHint);
}
