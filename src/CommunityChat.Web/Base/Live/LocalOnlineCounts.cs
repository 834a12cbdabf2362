namespace CommunityChat.Web.Base.Live;

/// <summary>One instance: the count is this instance's, sent when it changed, as often as <see cref="OnlineCadence"/> allows.</summary>
public sealed class LocalOnlineCounts(Presence presence, TimeProvider clock) : IOnlineCounts
{
    // Only the broadcaster's loop calls ChangesAsync: one caller at a time.
    private readonly Dictionary<int, DateTimeOffset> _quietUntil = [];

    public Task<int> CountAsync(int chatId, int here) => Task.FromResult(here);

    public Task<IReadOnlyList<(int ChatId, int Count)>> ChangesAsync()
    {
        var now = clock.GetUtcNow();
        var send = new List<(int ChatId, int Count)>();
        foreach (var (chatId, count) in presence.TakeChanges())
        {
            if (_quietUntil.TryGetValue(chatId, out var until) && now < until)
            {
                presence.Changed(chatId); // still to send, once the room's pause ends
                continue;
            }

            send.Add((chatId, count));
            if (count == 0)
            {
                _quietUntil.Remove(chatId);
            }
            else
            {
                // Checked on the broadcaster's one-second ticks: a little early rather than a whole tick late.
                _quietUntil[chatId] = now + OnlineCadence.PauseAfter(count) - TimeSpan.FromMilliseconds(100);
            }
        }

        return Task.FromResult<IReadOnlyList<(int, int)>>(send);
    }
}
