namespace CommunityChat.Web.Base.Live;

/// <summary>One instance: the count is this instance's, sent when it changed.</summary>
public sealed class LocalOnlineCounts(Presence presence) : IOnlineCounts
{
    public Task<int> CountAsync(int chatId, int here) => Task.FromResult(here);

    public Task<IReadOnlyList<(int ChatId, int Count)>> ChangesAsync() => Task.FromResult(presence.TakeChanges());
}
