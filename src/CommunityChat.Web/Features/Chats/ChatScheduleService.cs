using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// Runs <see cref="ChatSchedule"/> every tick (2 seconds), on one instance at a time: the one holding the
/// <see cref="LeaseName"/> lease (<see cref="DatabaseLease"/>), which it renews at each tick. The others ask for it at
/// each tick too, and one of them gets it once the holder has stopped renewing it for the lease's duration, or at
/// once when the holder stopped cleanly and handed it back.
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

    /// <summary>After the last tick: hands the lease back, so a rolling restart moves the schedule within a tick.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!_holding)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseLease>().ReleaseAsync(LeaseName, instance.Id, cancellationToken);
            _holding = false;
            logger.LogInformation("This instance ({Instance}) handed the chat schedule back.", instance.Id);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The lease then expires on its own and another instance takes it a little later.
            logger.LogWarning(exception, "The chat schedule's lease could not be handed back.");
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
