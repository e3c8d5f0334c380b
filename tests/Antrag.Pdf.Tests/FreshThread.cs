namespace Antrag.Pdf.Tests;

/// <summary>Runs work on a thread of its own, whose per-thread buffers are new: what a call gives before any other call.</summary>
public static class FreshThread
{
    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}
