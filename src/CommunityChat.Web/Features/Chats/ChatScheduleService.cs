namespace CommunityChat.Web.Features.Chats;

/// <summary>Runs <see cref="ChatSchedule"/> every two seconds.</summary>
public sealed class ChatScheduleService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ChatScheduleService> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ChatSchedule>().TickAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The chat schedule failed; it runs again in {Interval}.", Interval);
            }
        }
    }
}
