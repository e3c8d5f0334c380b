using System.Net;
using System.Net.Sockets;
using Antrag.Cli;

namespace Antrag.Serve.Tests;

/// <summary>The <c>antrag serve</c> command: prints the address with the session key, serves until stopped, and refuses a missing folder or a taken port.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task It_prints_the_address_serves_and_stops()
    {
        var stdout = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = ServeCommand.Run(Path.Combine(ServeFolder.Repository, "samples"), 0, open: false, verbose: false, stdout, TextWriter.Null, stop.Token);
        string? address = null;
        for (var i = 0; i < 200 && address is null; i++)
        {
            await Task.Delay(25);
            address = stdout.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("open http://127.0.0.1:", StringComparison.Ordinal))?.Trim()["open ".Length..];
        }

        Assert.NotNull(address);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/\?token=[A-Za-z0-9_-]{43}$", address);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, address[..address.IndexOf("/?", StringComparison.Ordinal)] + "/api/erklaerung");
        request.Headers.Add("X-Antrag-Token", address[(address.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Ok, await run.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_missing_folder_or_a_taken_port_is_bad_input()
    {
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, await ServeCommand.Run(Path.Combine(ServeFolder.Repository, "gibtsnicht"), 0, false, false, TextWriter.Null, stderr, CancellationToken.None));
        Assert.Contains("error ANT1101", stderr.ToString(), StringComparison.Ordinal);

        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        stderr = new StringWriter();
        Assert.Equal(ExitCodes.BadInput, await ServeCommand.Run(Path.Combine(ServeFolder.Repository, "samples"), port, false, false, TextWriter.Null, stderr, CancellationToken.None));
        Assert.Contains($"port {port} is in use", stderr.ToString(), StringComparison.Ordinal);
    }
}
