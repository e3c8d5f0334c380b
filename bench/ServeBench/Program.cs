using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

// Measures antrag serve as a user meets it: the time from a keystroke in the Beschlussentwurf of the reference motion to the
// updated preview painted in Chromium (measured in the page: from the input event to the decoded new page image), and the
// server's memory (resident set) after the first edit and after 1,000 more. Usage: ServeBench ANTRAG_EXE SAMPLES_DIR [KEYSTROKES]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ServeBench ANTRAG_EXE SAMPLES_DIR [KEYSTROKES]");
    return 2;
}

var exe = Path.GetFullPath(args[0]);
var keystrokes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
var folder = Path.Combine(Path.GetTempPath(), "antrag-serve-bench-" + Guid.NewGuid().ToString("N")[..8]);
CopyFolder(Path.GetFullPath(args[1]), folder);
const string Motion = "krefeld/antrag-4493-23-A.yaml";

using var server = Process.Start(new ProcessStartInfo(exe, ["serve", folder, "--no-open", "--port", "8479"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
string? address = null;
while (address is null && server.StandardOutput.ReadLine() is { } line)
{
    address = line.StartsWith("open ", StringComparison.Ordinal) ? line["open ".Length..] : null;
}

if (address is null)
{
    Console.Error.WriteLine("antrag serve did not start: " + server.StandardError.ReadToEnd());
    return 1;
}

var token = address[(address.IndexOf("token=", StringComparison.Ordinal) + 6)..];
var baseAddress = address[..address.IndexOf("/?", StringComparison.Ordinal)];
try
{
    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Environment.GetEnvironmentVariable("ANTRAG_CHROMIUM") ?? "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1360, Height = 1000 } });
    await page.GotoAsync(address.Replace("/?", "/bearbeiten?datei=" + Uri.EscapeDataString(Motion) + "&", StringComparison.Ordinal));
    await page.WaitForFunctionAsync("() => Number(document.getElementById('seiten').dataset.generation || 0) > 0");
    await page.EvaluateAsync("""
        () => {
          window.__latencies = []; window.__input = 0;
          document.getElementById('f-beschlussentwurf').addEventListener('input', () => { window.__input = performance.now(); }, true);
          new MutationObserver(async () => {
            const start = window.__input; if (!start) return;
            const img = document.querySelector('img.seite'); await img.decode();
            window.__latencies.push(performance.now() - start); window.__input = 0;
          }).observe(document.getElementById('seiten'), { attributes: true, attributeFilter: ['data-generation'] });
        }
        """);
    await page.FocusAsync("#f-beschlussentwurf");
    await page.Keyboard.PressAsync("End");
    for (var i = 0; i < keystrokes; i++)
    {
        await page.Keyboard.PressAsync(i % 2 == 0 ? "x" : "Backspace");
        await page.WaitForFunctionAsync($"() => window.__latencies.length > {i}");
        await Task.Delay(60);
    }

    var latencies = (await page.EvaluateAsync<double[]>("() => window.__latencies")).Order().ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"keystroke to preview ({latencies.Length} keystrokes): median {Percentile(latencies, 0.5):F1} ms, p90 {Percentile(latencies, 0.9):F1} ms, min {latencies[0]:F1} ms, max {latencies[^1]:F1} ms"));

    // Memory: the server's resident set after one edit and after 1,000 more, sent as the editor sends them.
    using var http = new HttpClient { BaseAddress = new Uri(baseAddress) };
    http.DefaultRequestHeaders.Add("X-Antrag-Token", token);
    var text = File.ReadAllText(Path.Combine(folder, Motion));
    async Task<string> Edit(int n)
    {
        using var response = await http.PostAsJsonAsync("/api/vorschau", new
        {
            datei = Motion,
            text,
            aenderungen = new[] { new { art = "set", pfad = "beschlussentwurf", text = "Die Verwaltung wird beauftragt, Variante " + n.ToString(CultureInfo.InvariantCulture) + " zu prüfen." } },
            dpi = 110,
        });
        response.EnsureSuccessStatusCode();
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"]!;
    }

    await Edit(0);
    var first = Resident(server.Id);
    var clock = Stopwatch.StartNew();
    for (var n = 1; n <= 1000; n++)
    {
        await Edit(n);
    }

    var after = Resident(server.Id);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"memory: {first / 1024.0:F1} MB after the first edit, {after / 1024.0:F1} MB after 1,000 more ({(after - first) / 1024.0:+0.0;-0.0} MB); 1,000 edits took {clock.Elapsed.TotalSeconds:F1} s"));
    return 0;
}
finally
{
    server.Kill();
    server.WaitForExit();
    Directory.Delete(folder, recursive: true);
}

static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(p * sorted.Length))];

static long Resident(int pid) =>
    long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

static void CopyFolder(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}
