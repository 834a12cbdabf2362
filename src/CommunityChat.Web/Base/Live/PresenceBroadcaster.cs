namespace CommunityChat.Web.Base.Live;

/// <summary>Sends OnlineChanged for rooms whose count changed, at most once a second (SPEC section 4).</summary>
public sealed class PresenceBroadcaster(Presence presence, ChatEvents events, TimeProvider clock, ILogger<PresenceBroadcaster> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (chatId, count) in presence.TakeChanges())
            {
                try
                {
                    await events.OnlineChanged(chatId, count);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Could not send the online count of chat {ChatId}.", chatId);
                }
            }
        }
    }
}
