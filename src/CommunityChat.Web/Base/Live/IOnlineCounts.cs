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
