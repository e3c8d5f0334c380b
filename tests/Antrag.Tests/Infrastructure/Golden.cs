using System.Text;

namespace Antrag.Tests.Infrastructure;

/// <summary>
/// Golden files in Verify's style: <c>NAME.verified.EXT</c> is committed; on a mismatch the actual output is written
/// beside it as <c>NAME.received.EXT</c> (git-ignored) and the test fails. Accept a change by renaming received to verified,
/// or run the tests with ANTRAG_ACCEPT=1.
/// </summary>
public static class Golden
{
    private static bool Accept => Environment.GetEnvironmentVariable("ANTRAG_ACCEPT") == "1";

    /// <summary>Compares <paramref name="actual"/> with the verified text file <paramref name="name"/>.</summary>
    public static void VerifyText(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        var verified = Path.Combine(RepoPaths.Goldens, name + ".verified.txt");
        var received = Path.Combine(RepoPaths.Goldens, name + ".received.txt");
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        if (Accept)
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        Assert.Fail(expected is null
            ? $"no verified file yet: review {received} and rename it to {Path.GetFileName(verified)}"
            : $"output differs from {Path.GetFileName(verified)} at line {FirstDifference(expected, actual)}; see {received}");
    }

    /// <summary>
    /// Compares <paramref name="actual"/> with a generated file of the repository (e.g. a docs page): on a mismatch the test
    /// fails and says how to regenerate; with ANTRAG_ACCEPT=1 the file is written.
    /// </summary>
    public static void VerifyFile(string path, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        var expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            return;
        }

        if (Accept)
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.Fail(expected is null
            ? $"{path} does not exist; run the tests with ANTRAG_ACCEPT=1 to generate it"
            : $"{path} is stale (first difference at line {FirstDifference(expected, actual)}); run the tests with ANTRAG_ACCEPT=1 to regenerate it and review the diff");
    }

    /// <summary>Compares PNG bytes with the verified image <paramref name="name"/> within a per-channel tolerance.</summary>
    public static void VerifyPng(string name, byte[] actual, int channelTolerance = 24, double maxDifferentRatio = 0.002)
    {
        var verified = Path.Combine(RepoPaths.Goldens, name + ".verified.png");
        var received = Path.Combine(RepoPaths.Goldens, name + ".received.png");
        if (File.Exists(verified))
        {
            var result = ImageCompare.Compare(File.ReadAllBytes(verified), actual, channelTolerance);
            if (result.SameSize && result.DifferentRatio <= maxDifferentRatio)
            {
                File.Delete(received);
                return;
            }

            if (!Accept)
            {
                File.WriteAllBytes(received, actual);
                Assert.Fail(result.SameSize
                    ? $"{result.DifferentRatio:P3} of pixels differ from {Path.GetFileName(verified)} (allowed {maxDifferentRatio:P3}); see {received}"
                    : $"image size differs from {Path.GetFileName(verified)}; see {received}");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
        if (Accept)
        {
            File.WriteAllBytes(verified, actual);
            return;
        }

        File.WriteAllBytes(received, actual);
        Assert.Fail($"no verified image yet: review {received} and rename it to {Path.GetFileName(verified)}");
    }

    private static int FirstDifference(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Min(la.Length, lb.Length); i++)
        {
            if (la[i] != lb[i])
            {
                return i + 1;
            }
        }

        return Math.Min(la.Length, lb.Length) + 1;
    }
}
