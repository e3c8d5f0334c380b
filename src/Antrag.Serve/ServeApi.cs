using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Antrag.Diagnostics;
using Antrag.Edit;
using Antrag.Export;
using Antrag.Read.Keys;
using Antrag.Scaffold;
using Microsoft.AspNetCore.Http;

namespace Antrag.Serve;

/// <summary>
/// The HTTP interface of <c>antrag serve</c>: the two pages (folder, editor), their scripts, and the calls they make — the
/// folder's motions, thumbnails, the declaration of keys for the form, a new motion, a file's text and state, the live
/// preview (with the form's edits), saving (refused when the file changed on disk) and the PDF.
/// Every request passes the <see cref="AccessGuard"/>; every path goes through <see cref="FolderAccess"/>.
/// </summary>
internal sealed class ServeApi
{
    private static readonly JsonDocumentOptions JsonLimits = new() { MaxDepth = 16 };
    private readonly ServeOptions options;
    private readonly AccessGuard guard;
    private readonly FolderAccess access;
    private readonly RenderGate gate;
    private readonly FolderIndex index;
    private readonly Lock saving = new();

    public ServeApi(ServeOptions options, AccessGuard guard)
    {
        this.options = options;
        this.guard = guard;
        access = new FolderAccess(options.Root);
        gate = new RenderGate(options.MaxConcurrentRenders, options.RenderTimeout);
        index = new FolderIndex(access, gate);
    }

    /// <summary>Answers one request.</summary>
    public async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        var api = path.StartsWith("/api/", StringComparison.Ordinal);
        AccessGuard.Secure(context.Response);
        if (!api && request.Method == "GET" && request.Query["token"].ToString() is { Length: > 0 } given && guard.Misdirected(context) is null && guard.Matches(given))
        {
            // The opening address (as Jupyter's): the token becomes a cookie, and the address bar loses it.
            context.Response.Cookies.Append(guard.CookieName, given, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            var rest = string.Join("&", request.Query.Where(q => q.Key != "token").Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value.ToString())));
            context.Response.Redirect(path + (rest.Length > 0 ? "?" + rest : string.Empty));
            return;
        }

        if (guard.Refusal(context, api) is { } refusal)
        {
            await Refuse(context, api, refusal.Status, refusal.Message);
            return;
        }

        try
        {
            await Route(context, request.Method, path);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await JsonOut.Error(context, 413, "Die Anfrage ist zu groß.");
        }
        catch (JsonException)
        {
            await JsonOut.Error(context, 400, "Die Anfrage ist kein gültiges JSON.");
        }
        catch (TimeoutException)
        {
            await JsonOut.Error(context, 503, "Das Setzen hat zu lange gedauert und wurde abgebrochen. Ist der Antrag ungewöhnlich lang?");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser went away; nobody to answer.
        }
    }

    private Task Route(HttpContext context, string method, string path) => (method, path) switch
    {
        ("GET", "/") => Page(context, "index.html"),
        ("GET", "/bearbeiten") => Page(context, "edit.html"),
        ("GET", _) when path.StartsWith("/static/", StringComparison.Ordinal) => Asset(context, path["/static/".Length..]),
        ("GET", "/api/ordner") => Folder(context),
        ("GET", "/api/vorschaubild") => Thumbnail(context),
        ("GET", "/api/erklaerung") => Declaration(context),
        ("POST", "/api/neu") => Create(context),
        ("GET", "/api/datei") => ReadFile(context),
        ("GET", "/api/datei/stand") => FileState(context),
        ("PUT", "/api/datei") => Save(context),
        ("POST", "/api/vorschau") => Preview(context),
        ("POST", "/api/pdf") => Pdf(context),
        _ => path.StartsWith("/api/", StringComparison.Ordinal) ? JsonOut.Error(context, 404, "Unbekannte Anfrage.") : Text(context, 404, "Diese Seite gibt es nicht."),
    };

    private static async Task Refuse(HttpContext context, bool api, int status, string message)
    {
        if (api)
        {
            await JsonOut.Error(context, status, message);
            return;
        }

        await Text(context, status, message);
    }

    private static async Task Text(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>antrag</title></head><body><main><h1>antrag serve</h1><p>"
            + System.Net.WebUtility.HtmlEncode(message) + "</p></main></body></html>");
    }

    private async Task Page(HttpContext context, string name)
    {
        var bytes = WebAssets.Page(name, options.Token!, Path.GetFileName(access.Root));
        context.Response.ContentType = WebAssets.ContentType(name);
        await context.Response.Body.WriteAsync(bytes);
    }

    private static async Task Asset(HttpContext context, string name)
    {
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.EndsWith(".html", StringComparison.Ordinal) || WebAssets.Get(name) is not { } bytes)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = WebAssets.ContentType(name);
        await context.Response.Body.WriteAsync(bytes);
    }

    private async Task Folder(HttpContext context)
    {
        var motions = await index.List(context.RequestAborted);
        await JsonOut.Write(context, 200, json =>
        {
            json.WriteString("ordner", Path.GetFileName(access.Root));
            WriteKinds(json);
            JsonOut.Strings(json, "ordnerListe", Folders());
            json.WriteStartArray("antraege");
            foreach (var m in motions)
            {
                json.WriteStartObject();
                json.WriteString("datei", m.Path);
                json.WriteString("art", m.Kind);
                json.WriteString("artTitel", MotionKeys.Declaration.Kind(m.Kind)?.Title ?? m.Kind);
                json.WriteString("nummer", m.Number);
                json.WriteString("datum", m.Date);
                json.WriteString("betreff", m.Subject);
                json.WriteString("zustand", m.State);
                json.WriteNumber("fehler", m.Errors);
                json.WriteNumber("warnungen", m.Warnings);
                json.WriteString("meldung", m.FirstProblem);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    /// <summary>The folders below the served one where a new motion may go (not hidden, no build folders, no links).</summary>
    private List<string> Folders()
    {
        var result = new List<string> { string.Empty };
        var queue = new Queue<(DirectoryInfo, int)>([(new DirectoryInfo(access.RealRoot), 0)]);
        while (queue.Count > 0 && result.Count < 200)
        {
            var (folder, depth) = queue.Dequeue();
            DirectoryInfo[] subs;
            try
            {
                subs = folder.GetDirectories();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var sub in subs.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                if (sub.Name.StartsWith('.') || sub.LinkTarget is not null || Checker.SkippedFolders.Contains(sub.Name, StringComparer.OrdinalIgnoreCase) || depth >= 6)
                {
                    continue;
                }

                result.Add(access.Relative(sub.FullName));
                queue.Enqueue((sub, depth + 1));
            }
        }

        return result;
    }

    /// <summary>Every kind check knows in the folder: the built-in ones and those the folder's profile declares.</summary>
    private void WriteKinds(Utf8JsonWriter json)
    {
        json.WriteStartArray("arten");
        foreach (var kind in MotionScaffold.DeclarationFor(access.Root).Kinds)
        {
            json.WriteStartObject();
            json.WriteString("name", kind.Name);
            json.WriteString("titel", kind.Title);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private async Task Thumbnail(HttpContext context)
    {
        if (access.Motion(context.Request.Query["datei"], out var problem) is not { } full || !File.Exists(full))
        {
            await JsonOut.Error(context, 404, problem.Length > 0 ? problem : "Diese Datei gibt es nicht.");
            return;
        }

        if (await index.Thumbnail(full, context.RequestAborted) is not { } png)
        {
            context.Response.StatusCode = 204;
            return;
        }

        context.Response.ContentType = "image/png";
        await context.Response.Body.WriteAsync(png);
    }

    private Task Declaration(HttpContext context) => JsonOut.Write(context, 200, json =>
    {
        WriteKinds(json);
        json.WriteStartArray("schluessel");
        foreach (var key in MotionKeys.Declaration.Keys)
        {
            WriteKey(json, key);
        }

        json.WriteEndArray();
    });

    private static void WriteKey(Utf8JsonWriter json, KeyDeclaration key)
    {
        json.WriteStartObject();
        json.WriteString("name", key.Name);
        json.WriteString("label", KeyLabels.For(key.Name));
        json.WriteString("typ", key.Type.ToString().ToLowerInvariant());
        json.WriteString("beschreibung", key.Description);
        json.WriteString("beispiel", key.Example ?? string.Empty);
        json.WriteString("vorgabe", key.Default switch { bool b => b ? "true" : "false", null => string.Empty, var d => Convert.ToString(d, CultureInfo.InvariantCulture) });
        json.WriteBoolean("pflicht", key.Required);
        json.WriteBoolean("pflichtAusserEntwurf", key.RequiredUnlessDraft);
        JsonOut.Strings(json, "pflichtFuer", key.RequiredFor);
        JsonOut.Strings(json, "nurFuer", key.OnlyFor);
        JsonOut.Strings(json, "auswahl", key.Choices);
        json.WriteStartArray("kinder");
        foreach (var child in key.Children)
        {
            WriteKey(json, child);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private async Task Create(HttpContext context)
    {
        using var body = await Body(context);
        var root = body.RootElement;
        var kind = MotionScaffold.DeclarationFor(access.Root).FindKind(Str(root, "art"))?.Name;
        var name = Str(root, "name").Trim();
        if (kind is null)
        {
            await JsonOut.Error(context, 400, "Diese Art von Antrag gibt es nicht.");
            return;
        }

        if (name.Length == 0 || name.Length > 120 || name.StartsWith('.') || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' '))
        {
            await JsonOut.Error(context, 400, "Der Dateiname darf nur Buchstaben, Ziffern, Leerzeichen, „-“, „_“ und „.“ enthalten.");
            return;
        }

        if (!name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            name += ".yaml";
        }

        var folder = Str(root, "ordner").Trim('/');
        var relative = folder.Length == 0 ? name : folder + "/" + name;
        if (access.Folder(folder, out var problem) is not { } folderFull || !Directory.Exists(folderFull) || access.Motion(relative, out problem) is not { } full)
        {
            await JsonOut.Error(context, 400, problem.Length > 0 ? problem : "Diesen Ordner gibt es nicht.");
            return;
        }

        if (File.Exists(full))
        {
            await JsonOut.Error(context, 409, $"Die Datei {relative} gibt es schon. Wählen Sie einen anderen Namen.");
            return;
        }

        var today = DateOnly.FromDateTime(options.Clock.GetLocalNow().DateTime);
        var text = MotionScaffold.Create(kind, full, today, new DiagnosticBag());
        try
        {
            AtomicFile.WriteNew(full, Encoding.UTF8.GetBytes(text));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await JsonOut.Error(context, File.Exists(full) ? 409 : 500, File.Exists(full) ? $"Die Datei {relative} gibt es schon." : "Die Datei ließ sich nicht anlegen: " + ex.Message);
            return;
        }

        await JsonOut.Write(context, 201, json => json.WriteString("datei", access.Relative(full)));
    }

    private async Task ReadFile(HttpContext context)
    {
        if (await Existing(context, context.Request.Query["datei"]) is not { } full)
        {
            return;
        }

        var bytes = await File.ReadAllBytesAsync(full, context.RequestAborted);
        await JsonOut.Write(context, 200, json =>
        {
            json.WriteString("datei", access.Relative(full));
            json.WriteString("text", Decode(bytes));
            json.WriteString("stand", Version(bytes));
            json.WriteBoolean("markdown", MotionSourceEditor.IsMarkdown(full));
        });
    }

    private async Task FileState(HttpContext context)
    {
        if (access.Motion(context.Request.Query["datei"], out var problem) is not { } full)
        {
            await JsonOut.Error(context, 400, problem);
            return;
        }

        var bytes = File.Exists(full) ? await File.ReadAllBytesAsync(full, context.RequestAborted) : null;
        await JsonOut.Write(context, 200, json =>
        {
            json.WriteBoolean("vorhanden", bytes is not null);
            json.WriteString("stand", bytes is null ? string.Empty : Version(bytes));
        });
    }

    private async Task Save(HttpContext context)
    {
        using var body = await Body(context);
        var root = body.RootElement;
        if (await Existing(context, Str(root, "datei")) is not { } full || await Sized(context, Str(root, "text")) is not { } text)
        {
            return;
        }

        var expected = Str(root, "stand");
        string? conflict = null;
        string version;
        lock (saving)
        {
            var disk = File.ReadAllBytes(full);
            if (Version(disk) != expected)
            {
                conflict = Decode(disk);
                version = Version(disk);
            }
            else
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                AtomicFile.Write(full, bytes);
                version = Version(bytes);
            }
        }

        if (conflict is not null)
        {
            await JsonOut.Write(context, 409, json =>
            {
                json.WriteString("fehler", "Die Datei wurde geändert, seit Sie sie geöffnet haben (in einem anderen Programm oder durch git). Nichts wurde überschrieben: vergleichen Sie beide Fassungen.");
                json.WriteString("platte", conflict);
                json.WriteString("stand", version);
            });
            return;
        }

        await JsonOut.Write(context, 200, json => json.WriteString("stand", version));
    }

    private async Task Preview(HttpContext context)
    {
        var clock = Stopwatch.StartNew();
        using var body = await Body(context);
        var root = body.RootElement;
        if (await Existing(context, Str(root, "datei"), mustExist: false) is not { } full || await Sized(context, Str(root, "text")) is not { } text)
        {
            return;
        }

        string? editError = null;
        if (root.TryGetProperty("aenderungen", out var editsJson) && editsJson.ValueKind == JsonValueKind.Array && editsJson.GetArrayLength() > 0)
        {
            if (editsJson.GetArrayLength() > 200)
            {
                await JsonOut.Error(context, 400, "Zu viele Änderungen auf einmal.");
                return;
            }

            try
            {
                text = MotionSourceEditor.Apply(text, full, editsJson.EnumerateArray().Select(Edit).ToList());
                if (Encoding.UTF8.GetByteCount(text) > options.MaxTextBytes)
                {
                    throw new SourceEditException("Der Antrag würde zu groß.");
                }
            }
            catch (SourceEditException ex)
            {
                editError = ex.Message;
            }
        }

        var dpi = root.TryGetProperty("dpi", out var d) && d.TryGetInt32(out var n) ? Math.Clamp(n, 30, 200) : PngExporter.DefaultDpi;
        var withPages = !root.TryGetProperty("seiten", out var p) || p.ValueKind != JsonValueKind.False;
        var (diagnostics, pages, profile) = await gate.Run(() =>
        {
            var (found, rendered, prof) = MotionRendering.Render(full, text);
            using (rendered)
            {
                var images = rendered is null || !withPages ? null
                    : Enumerable.Range(0, rendered.Layout.Pages.Count).Select(i => PngExporter.ExportPreview(rendered.Layout, i, dpi)).ToList();
                return (found, images, prof);
            }
        }, context.RequestAborted);
        var outline = MotionSourceEditor.Outline(text, full);
        await JsonOut.Write(context, 200, json =>
        {
            json.WriteString("text", text);
            if (editError is not null)
            {
                json.WriteString("bearbeitungsfehler", editError);
            }

            json.WritePropertyName("werte");
            if (outline is null)
            {
                json.WriteNullValue();
            }
            else
            {
                JsonOut.Value(json, outline.Values);
            }

            WriteDiagnostics(json, diagnostics, full, outline);
            json.WritePropertyName("seiten");
            if (pages is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStartArray();
                foreach (var page in pages)
                {
                    json.WriteStringValue("data:image/png;base64," + Convert.ToBase64String(page));
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("vorstand");
            foreach (var member in profile?.Board ?? [])
            {
                json.WriteStartObject();
                json.WriteString("name", member.Name);
                json.WriteString("funktion", member.Role);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonOut.Strings(json, "mitglieder", profile?.Members ?? []);
            json.WriteNumber("ms", Math.Round(clock.Elapsed.TotalMilliseconds, 1));
        });
    }

    private async Task Pdf(HttpContext context)
    {
        using var body = await Body(context);
        var root = body.RootElement;
        if (await Existing(context, Str(root, "datei"), mustExist: false) is not { } full || await Sized(context, Str(root, "text")) is not { } text)
        {
            return;
        }

        var pdf = await gate.Run(() =>
        {
            var (_, rendered, _) = MotionRendering.Render(full, text);
            using (rendered)
            {
                return rendered is null ? null : PdfExporter.Export(rendered.Layout);
            }
        }, context.RequestAborted);
        if (pdf is null)
        {
            await JsonOut.Error(context, 422, "Der Antrag hat noch Fehler; beheben Sie die rot markierten Stellen, dann lässt sich das PDF herunterladen.");
            return;
        }

        var name = Path.ChangeExtension(Path.GetFileName(full), ".pdf");
        context.Response.ContentType = "application/pdf";
        context.Response.Headers.ContentDisposition = "attachment; filename*=UTF-8''" + Uri.EscapeDataString(name);
        await context.Response.Body.WriteAsync(pdf);
    }

    private void WriteDiagnostics(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics, string full, MotionSourceOutline? outline)
    {
        json.WriteStartArray("meldungen");
        foreach (var d in diagnostics)
        {
            var own = string.Equals(d.Span.File, full, StringComparison.Ordinal);
            json.WriteStartObject();
            json.WriteString("schwere", d.Severity == Severity.Error ? "fehler" : "warnung");
            json.WriteString("code", d.Code.Id);
            json.WriteString("text", d.Message);
            json.WriteString("hinweis", d.Hint ?? string.Empty);
            json.WriteString("datei", own ? string.Empty : Shown(d.Span.File));
            json.WriteNumber("zeile", d.Span.Line);
            json.WriteNumber("spalte", d.Span.Column);
            json.WriteNumber("bisZeile", d.Span.LastLine);
            json.WriteNumber("bisSpalte", d.Span.LastColumn);
            var field = own && outline is not null && d.Span.Line > 0 ? Field(d, outline) : null;
            if (field is not null)
            {
                json.WriteString("feld", field);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The form field a diagnostic belongs to: the field at its line; for a missing key, that key in the mapping where it is missing.</summary>
    private static string? Field(Diagnostic d, MotionSourceOutline outline)
    {
        var at = outline.FieldAt(d.Span.Line);
        if (d.Code.Id != DiagnosticCodes.MissingKey.Id || !d.Message.StartsWith("missing required key '", StringComparison.Ordinal))
        {
            return at;
        }

        var key = d.Message["missing required key '".Length..].TrimEnd('\'');
        if (at is null || (d.Span.Line == 1 && d.Span.Column == 1 && !at.Contains('.', StringComparison.Ordinal) && !at.Contains('[', StringComparison.Ordinal)))
        {
            return key;
        }

        var cut = Math.Max(at.LastIndexOf('.'), at.LastIndexOf('['));
        var parent = cut < 0 ? string.Empty : at[..cut];
        if (cut >= 0 && at[cut] == '[')
        {
            parent = at;
        }

        return parent.Length == 0 ? key : parent + "." + key;
    }

    private string Shown(string file)
    {
        if (file.Length == 0 || file.StartsWith("embedded:", StringComparison.Ordinal))
        {
            return file;
        }

        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(access.Root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative.Replace('\\', '/');
    }

    private static SourceEdit Edit(JsonElement e)
    {
        var kind = Str(e, "art") switch
        {
            "set" => SourceEditKind.Set,
            "add" => SourceEditKind.Add,
            "remove" => SourceEditKind.Remove,
            "move" => SourceEditKind.Move,
            _ => throw new SourceEditException("Unbekannte Änderung."),
        };
        List<KeyValuePair<string, string>>? entry = null;
        if (e.TryGetProperty("eintrag", out var entryJson) && entryJson.ValueKind == JsonValueKind.Object)
        {
            entry = entryJson.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : string.Empty)).ToList();
        }

        return new SourceEdit(kind, Str(e, "pfad"))
        {
            Text = e.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
            Entry = entry,
            Delta = e.TryGetProperty("richtung", out var r) && r.TryGetInt32(out var delta) ? Math.Sign(delta) : 0,
        };
    }

    private static async Task<JsonDocument> Body(HttpContext context) =>
        await JsonDocument.ParseAsync(context.Request.Body, JsonLimits, context.RequestAborted);

    private static string Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;

    /// <summary>The motion file a request names, or null after answering why not.</summary>
    private async Task<string?> Existing(HttpContext context, string? relative, bool mustExist = true)
    {
        if (access.Motion(relative, out var problem) is not { } full)
        {
            await JsonOut.Error(context, 403, problem);
            return null;
        }

        if (mustExist && !File.Exists(full))
        {
            await JsonOut.Error(context, 404, "Diese Datei gibt es nicht (mehr).");
            return null;
        }

        return full;
    }

    /// <summary>The text of a request, or null after answering that it is larger than any motion may be.</summary>
    private async Task<string?> Sized(HttpContext context, string text)
    {
        if (Encoding.UTF8.GetByteCount(text) <= options.MaxTextBytes)
        {
            return text;
        }

        await JsonOut.Error(context, 413, $"Der Antrag ist zu groß (mehr als {options.MaxTextBytes / 1024 / 1024} MB).");
        return null;
    }

    private static string Decode(byte[] bytes) => new UTF8Encoding(false, false).GetString(bytes);

    /// <summary>The version of a file's content: a hash of its bytes.</summary>
    internal static string Version(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes), 0, 16).ToLowerInvariant();

    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
