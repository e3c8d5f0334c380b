using Microsoft.Playwright;

namespace Antrag.Serve.Tests;

/// <summary>
/// Debian's Chromium, started once for all browser tests through Playwright by its path (Playwright's own browser download is
/// not used). A missing Chromium fails the tests with a message saying how to install it; nothing is skipped.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    /// <summary>Where Chromium is looked for: <c>ANTRAG_CHROMIUM</c>, or Debian's path.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("ANTRAG_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. The browser tests need it: install it with 'apt-get install chromium' (Debian; .ci/run does this), "
                + "or set ANTRAG_CHROMIUM to the path of a Chromium or Chrome binary.");
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none", "--lang=de-DE"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>The browser tests share one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "Browser";
}
