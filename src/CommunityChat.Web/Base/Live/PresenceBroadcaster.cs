namespace CommunityChat.Web.Base.Live;

/// <summary>Sends OnlineChanged for rooms whose count changed, at most once a second and less often for big rooms (SPEC section 4, <see cref="OnlineCadence"/>).</summary>
public sealed class PresenceBroadcaster(IOnlineCounts counts, ChatEvents events, TimeProvider clock, ILogger<PresenceBroadcaster> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        var failing = false;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            IReadOnlyList<(int ChatId, int Count)> changes;
            try
            {
                changes = await counts.ChangesAsync();
                failing = false;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Redis away: said once, not every second; the counts come back with it.
                if (!failing)
                {
                    logger.LogWarning(exception, "Could not count the people in the rooms; trying again every second.");
                }

                failing = true;
                continue;
            }

            foreach (var (chatId, count) in changes)
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
