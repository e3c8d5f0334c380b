using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Antrag.Serve;

/// <summary>Writes JSON answers by hand with <see cref="Utf8JsonWriter"/> (no reflection, so the native build needs no metadata).</summary>
internal static class JsonOut
{
    /// <summary>Answers with status <paramref name="status"/> and the JSON object <paramref name="write"/> fills.</summary>
    public static async Task Write(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    /// <summary>Answers with an error: <c>{"fehler": "…"}</c> (German, shown to the user as it is).</summary>
    public static Task Error(HttpContext context, int status, string message) => Write(context, status, j => j.WriteString("fehler", message));

    /// <summary>Writes a value of a source outline: a text, a list or nested keys.</summary>
    public static void Value(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case string text:
                json.WriteStringValue(text);
                break;
            case IReadOnlyList<KeyValuePair<string, object?>> pairs:
                json.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    json.WritePropertyName(key);
                    Value(json, item);
                }

                json.WriteEndObject();
                break;
            case IReadOnlyList<object?> items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    Value(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }

    /// <summary>Writes a list of strings as a JSON array.</summary>
    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
