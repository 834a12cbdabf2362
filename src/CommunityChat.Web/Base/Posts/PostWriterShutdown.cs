namespace CommunityChat.Web.Base.Posts;

/// <summary>
/// Graceful shutdown for the writer (issue 9): on SIGTERM the host stops the server first — no new calls — and then,
/// before it disposes the services the writer needs, this waits for every lane to commit what it holds, so a post
/// accepted into a lane is written and its caller answered rather than dropped. The host's shutdown timeout bounds
/// the wait.
/// </summary>
public sealed class PostWriterShutdown(PostWriter writer) : IHostedLifecycleService
{
    public Task StoppedAsync(CancellationToken cancellationToken) => writer.IdleAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
