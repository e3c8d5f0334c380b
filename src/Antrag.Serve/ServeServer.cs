using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Antrag.Serve;

/// <summary>
/// The local web server of <c>antrag serve</c>: Kestrel on the loopback addresses only (127.0.0.1 and, where the machine has
/// it, ::1), with a random session token; see <see cref="ServeApi"/> for what it answers.
/// </summary>
public sealed class ServeServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ServeServer(WebApplication app, int port, string token)
    {
        this.app = app;
        Port = port;
        Token = token;
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The session token.</summary>
    public string Token { get; }

    /// <summary>The addresses Kestrel listens on (loopback only).</summary>
    public IReadOnlyList<string> Addresses =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <summary>The base address (without token).</summary>
    public string BaseAddress => "http://127.0.0.1:" + ServeApi.Number(Port);

    /// <summary>The address to open: with the token, which the first page turns into a cookie.</summary>
    public string OpeningAddress => BaseAddress + "/?token=" + Token;

    /// <summary>Starts the server; throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<ServeServer> StartAsync(ServeOptions options, CancellationToken cancel = default)
    {
        var port = options.Port == 0 ? FreePort() : options.Port;
        var token = options.Token ?? AccessGuard.NewToken();
        options = options with { Root = Path.GetFullPath(options.Root), Token = token };
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = options.Root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.Limits.MaxConcurrentConnections = 64;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Listen(IPAddress.Loopback, port);
            if (Socket.OSSupportsIPv6 && CanBind(IPAddress.IPv6Loopback, port))
            {
                kestrel.Listen(IPAddress.IPv6Loopback, port);
            }
        });
        var app = builder.Build();
        var api = new ServeApi(options, new AccessGuard(token, port));
        app.Run(new RequestDelegate(api.Handle));
        try
        {
            await app.StartAsync(cancel);
        }
        catch (Exception ex) when (ex is IOException or SocketException || ex.InnerException is SocketException)
        {
            await app.DisposeAsync();
            throw new IOException($"port {ServeApi.Number(port)} is in use", ex);
        }

        return new ServeServer(app, port, token);
    }

    /// <summary>Waits until the server stops (Ctrl+C stops it through <paramref name="cancel"/>).</summary>
    public async Task WaitAsync(CancellationToken cancel)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>A port free on 127.0.0.1 (and ::1) now.</summary>
    private static int FreePort()
    {
        for (var attempt = 0; ; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (attempt > 20 || !Socket.OSSupportsIPv6 || CanBind(IPAddress.IPv6Loopback, port))
            {
                return port;
            }
        }
    }

    /// <summary>Whether <paramref name="address"/>:<paramref name="port"/> can be listened on (false where the machine has no IPv6 loopback).</summary>
    private static bool CanBind(IPAddress address, int port)
    {
        try
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(address, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
