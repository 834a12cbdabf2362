namespace CommunityChat.Web.Base.Live;

/// <summary>
/// The "N people here" a room shows (SPEC section 4: Join's <c>online</c>, <c>OnlineChanged</c>), from this
/// instance's <see cref="Presence"/>: its own count alone (<see cref="LocalOnlineCounts"/>), or the sum over every
/// instance when they share Redis (<see cref="RedisOnlineCounts"/>).
/// </summary>
public interface IOnlineCounts
{
    /// <summary>The count to show someone who just joined <paramref name="chatId"/>, where this instance has <paramref name="here"/>.</summary>
    Task<int> CountAsync(int chatId, int here);

    /// <summary>The rooms whose count must be sent now, with that count; called once a second.</summary>
    Task<IReadOnlyList<(int ChatId, int Count)>> ChangesAsync();
}

/// <summary>
/// How often a room hears its count (decision 80): at most once a second, and a big room less often, a millisecond per
/// person (every 5 s at 5,000) up to every 10 s. Each OnlineChanged goes to everyone in the room, so a room of 5,000
/// that people keep joining and leaving would otherwise be sent 5,000 messages a second for a number nobody reads to
/// the unit; paced, a room costs about a thousand a second whatever its size.
/// </summary>
public static class OnlineCadence
{
    public static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    /// <summary>How long a room of <paramref name="count"/> people waits after hearing its count before it hears it again.</summary>
    public static TimeSpan PauseAfter(int count) =>
        TimeSpan.FromMilliseconds(Math.Clamp(count, Shortest.TotalMilliseconds, Longest.TotalMilliseconds));
}
