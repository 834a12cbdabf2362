using System.Collections.Concurrent;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Suggestions;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Features.Suggestions;

/// <summary>
/// SuggestionChanged on the wire (SPEC section 4). Suggesting, asking and dismissing go to the room at once; votes mark
/// the suggestion and <see cref="SuggestionBroadcaster"/> sends the marked ones at most twice a second each, so a
/// burst of votes costs one message per tick. The whole room hears of a dismissal too, so every list drops it.
/// </summary>
public sealed class SuggestionEvents(IHubContext<ChatHub, IChatClient> hub, IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<long, byte> _voted = new();

    /// <summary>A vote was counted: the next tick sends the new count.</summary>
    public void VotesChanged(long suggestionId) => _voted.TryAdd(suggestionId, 0);

    public IReadOnlyList<long> TakeVoted()
    {
        var ids = _voted.Keys.ToList();
        foreach (var id in ids)
        {
            _voted.TryRemove(id, out _);
        }

        return ids;
    }

    public async Task ChangedAsync(long suggestionId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<SuggestionReader>();
        if (await reader.FindAsync(suggestionId, Viewer.Server) is not { } suggestion)
        {
            return;
        }

        await hub.Clients.Groups(ChatGroups.Moderators(suggestion.ChatId), ChatGroups.Everyone(suggestion.ChatId)).SuggestionChanged(suggestion);
    }
}
