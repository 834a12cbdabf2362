namespace CommunityChat.Web.Features.Suggestions;

/// <summary>
/// Twice a second (on the app's <see cref="TimeProvider"/>, so tests drive it): sends the count of each suggestion
/// that got votes since the last tick (SuggestionChanged at most twice a second per suggestion, SPEC section 4).
/// </summary>
public sealed class SuggestionBroadcaster(SuggestionEvents events, TimeProvider clock, ILogger<SuggestionBroadcaster> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var suggestionId in events.TakeVoted())
                {
                    await events.ChangedAsync(suggestionId);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not send suggestion votes.");
            }
        }
    }
}
