namespace CommunityChat.Web.Features.Polls;

/// <summary>
/// Twice a second (on the app's <see cref="TimeProvider"/>, so tests drive it): sends the counts of polls that got
/// votes since the last tick (PollChanged at most twice a second per poll, SPEC section 4), then announces polls
/// that closed.
/// </summary>
public sealed class PollBroadcaster(PollEvents events, IServiceScopeFactory scopes, TimeProvider clock, ILogger<PollBroadcaster> logger)
    : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var pollId in events.TakeChanged())
                {
                    await events.ResultsAsync(pollId);
                }

                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PollClosing>().TickAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not send poll changes.");
            }
        }
    }
}
