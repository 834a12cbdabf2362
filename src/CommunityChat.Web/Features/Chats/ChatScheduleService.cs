using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// Runs <see cref="ChatSchedule"/> every tick (2 seconds), on one instance at a time: the one holding the
/// <see cref="LeaseName"/> lease (<see cref="DatabaseLease"/>), which it renews at each tick. The others ask for it at
/// each tick too, and one of them gets it once the holder has stopped renewing it for the lease's duration.
/// </summary>
public sealed class ChatScheduleService(
    IServiceScopeFactory scopes,
    ServerInstance instance,
    IOptions<ChatScheduleOptions> options,
    TimeProvider clock,
    ILogger<ChatScheduleService> logger) : BackgroundService
{
    public const string LeaseName = "chat-schedule";

    private bool _holding;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.Tick, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var holding = await scope.ServiceProvider.GetRequiredService<DatabaseLease>()
                    .TryHoldAsync(LeaseName, instance.Id, settings.Lease, stoppingToken);
                Announce(holding);
                if (holding)
                {
                    await scope.ServiceProvider.GetRequiredService<ChatSchedule>().TickAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The chat schedule failed; it runs again in {Interval}.", settings.Tick);
            }
        }
    }

    // Once per change, so an operator can tell from the logs which instance runs the schedule.
    private void Announce(bool holding)
    {
        if (holding == _holding)
        {
            return;
        }

        _holding = holding;
        if (holding)
        {
            logger.LogInformation("This instance ({Instance}) runs the chat schedule now.", instance.Id);
        }
        else
        {
            logger.LogInformation("Another instance took the chat schedule; this one ({Instance}) stands by.", instance.Id);
        }
    }
}
