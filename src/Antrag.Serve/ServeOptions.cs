namespace Antrag.Serve;

/// <summary>How <c>antrag serve</c> runs: the folder it serves, the port, and the bounds on requests and renders.</summary>
public sealed record ServeOptions
{
    /// <summary>The folder whose motions are served (a full path); nothing outside it is read or written through the server.</summary>
    public required string Root { get; init; }

    /// <summary>The port on 127.0.0.1 and ::1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The session token that every request must carry; a random one when null.</summary>
    public string? Token { get; init; }

    /// <summary>The largest request body accepted (a motion is at most 2 MB, sent as JSON).</summary>
    public long MaxBodyBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>The largest motion text accepted, in UTF-8 bytes: the largest file the reader reads.</summary>
    public int MaxTextBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>How long a preview, PDF or thumbnail may take before the request is answered with an error.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many renders run at once; more wait.</summary>
    public int MaxConcurrentRenders { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>The clock for new motions' dates.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
