using System.Collections.Concurrent;
using System.Globalization;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Polls;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Features.Polls;

/// <summary>
/// PollChanged on the wire, as rule 9 allows. Opening goes to the room at once (counts only to moderators). Votes mark
/// the poll; <see cref="PollBroadcaster"/> sends the marked polls' counts at most twice a second, to moderators and to
/// the accounts that voted (never the everyone group while open). Closing sends the results to everyone, once.
/// </summary>
public sealed class PollEvents(IHubContext<ChatHub, IChatClient> hub, IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<long, byte> _changed = new();

    public Task OpenedAsync(long pollId) => ToRoomAsync(pollId);

    /// <summary>A vote was counted: the next tick sends the new counts, so many votes cost one message per tick.</summary>
    public void ResultsChanged(long pollId) => _changed.TryAdd(pollId, 0);

    public IReadOnlyList<long> TakeChanged()
    {
        var ids = _changed.Keys.ToList();
        foreach (var id in ids)
        {
            _changed.TryRemove(id, out _);
        }

        return ids;
    }

    public async Task ResultsAsync(long pollId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<PollReader>();
        if (await reader.FindAsync(pollId, Viewer.Server) is not { } results)
        {
            return;
        }

        if (results.Closed)
        {
            // Once closed, results are public: the closing broadcast (or a late vote's refusal) covers it.
            return;
        }

        var voters = (await reader.VotersOutsideModerationAsync(pollId)).Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var voterView = results with { Voted = true };
        await Task.WhenAll(
            hub.Clients.Group(ChatGroups.Moderators(results.ChatId)).PollChanged(results),
            voters.Count == 0 ? Task.CompletedTask : hub.Clients.Users(voters).PollChanged(voterView));
    }

    public Task ClosedAsync(long pollId) => ToRoomAsync(pollId);

    /// <summary>Moderators get the counts; the everyone group gets them only once the poll is closed (PollReader decides).</summary>
    private async Task ToRoomAsync(long pollId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<PollReader>();
        var forModerators = await reader.FindAsync(pollId, Viewer.Server);
        var forEveryone = await reader.FindAsync(pollId, Viewer.Public);
        if (forModerators is null || forEveryone is null)
        {
            return;
        }

        await Task.WhenAll(
            hub.Clients.Group(ChatGroups.Moderators(forModerators.ChatId)).PollChanged(forModerators),
            hub.Clients.Group(ChatGroups.Everyone(forEveryone.ChatId)).PollChanged(forEveryone));
    }
}
