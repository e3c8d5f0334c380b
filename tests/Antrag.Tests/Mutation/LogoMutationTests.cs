using System.Diagnostics;
using System.Text;
using Antrag.Diagnostics;
using Antrag.Layout;
using Antrag.Tests.Cli;
using Antrag.Tests.Infrastructure;

namespace Antrag.Tests.Mutation;

/// <summary>
/// Seeded random edits of the sample SVGs (logo and signature), as text (<see cref="Mutator"/>) and as SVG: deep nesting,
/// many copies, <c>&lt;use&gt;</c> chains, references to files. Each mutant is loaded in-process as a logo: it must end in an
/// image or in diagnostics, never in an exception, and within a time bound. <c>Mutate(bytes, seed)</c> reproduces a failure.
/// </summary>
public sealed class LogoMutationTests
{
    private const int MutantsPerSample = 200;

    /// <summary>The longest loading one mutant may take.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);

    public static TheoryData<string> Samples() => new("krefeld/logo.svg", "musterstadt/unterschrift-beispiel.svg");

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Mutated_svgs_end_in_an_image_or_diagnostics_within_the_bound(string sample)
    {
        var original = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample));
        using var dir = new TempFolder();
        var path = dir.File("logo.svg");
        for (var seed = 0; seed < MutantsPerSample; seed++)
        {
            var mutated = Mutate(original, seed, out var edits);
            File.WriteAllBytes(path, mutated);
            var diagnostics = new DiagnosticBag();
            var watch = Stopwatch.StartNew();
            var load = Task.Run(() => ImageLoader.Load(path, SourceSpan.InFile("fraktion.yaml"), diagnostics, "the logo", null));
            var describe = $"{sample}, seed {seed}: {edits}";
            ImageData? image = null;
            try
            {
                image = await load.WaitAsync(Bound * 5);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"loading did not end: {describe}");
            }
            catch (Exception ex)
            {
                Assert.Fail($"{ex}\n{describe}");
            }

            Assert.True(watch.Elapsed <= Bound, $"loading took {watch.Elapsed.TotalSeconds:F1} s: {describe}");
            Assert.True(image is not null || diagnostics.HasErrors, $"no image and no error: {describe}");
        }
    }

    /// <summary>One edit chosen by <paramref name="seed"/>: a text edit, or one that makes the SVG large, deep or referring outside.</summary>
    public static byte[] Mutate(byte[] original, int seed, out string edits)
    {
        var random = new Random(seed);
        var svg = Encoding.UTF8.GetString(original);
        var open = svg.IndexOf('>', svg.IndexOf("<svg", StringComparison.Ordinal)) + 1;
        var close = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        var body = svg[open..close];
        string Wrap(string inner) => svg[..open] + inner + svg[close..];
        switch (random.Next(5))
        {
            case 0:
            {
                var depth = random.Next(1, 20_000);
                edits = $"nested in {depth} groups";
                return Encoding.UTF8.GetBytes(Wrap(new StringBuilder().Insert(0, "<g>", depth) + body + new StringBuilder().Insert(0, "</g>", depth)));
            }

            case 1:
            {
                var copies = random.Next(1, 3_000);
                edits = $"drawn {copies} times";
                return Encoding.UTF8.GetBytes(Wrap(string.Concat(Enumerable.Repeat(body, copies))));
            }

            case 2:
            {
                var levels = random.Next(1, 10);
                var fanOut = random.Next(2, 12);
                var defs = new StringBuilder($"<defs><g id=\"m0\">{body}</g>");
                for (var i = 1; i <= levels; i++)
                {
                    defs.Append($"<g id=\"m{i}\">").Append(string.Concat(Enumerable.Repeat($"<use href=\"#m{i - 1}\"/>", fanOut))).Append("</g>");
                }

                edits = $"{levels} levels of {fanOut} uses";
                return Encoding.UTF8.GetBytes(Wrap(defs + $"</defs><use href=\"#m{levels}\"/>"));
            }

            case 3:
            {
                string[] targets = ["file:///etc/passwd", "../fraktion.yaml", "https://example.org/a.png", "other.svg#x", "data:image/svg+xml;base64,PHN2Zy8+", "#nirgends"];
                var target = targets[random.Next(targets.Length)];
                edits = $"image of {target}";
                return Encoding.UTF8.GetBytes(Wrap(body + $"<image width=\"9\" height=\"9\" href=\"{target}\"/>"));
            }

            default:
                return Mutator.Mutate(original, seed, out edits);
        }
    }
}
