using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Posts;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Base.Live;

/// <summary>Broadcasts to a room, always after the change is committed (SPEC rule 6).</summary>
public sealed class ChatEvents(IHubContext<ChatHub, IChatClient> hub)
{
    public Task PostAdded(PostDto post) => post.Hidden
        ? hub.Clients.Group(ChatGroups.Moderators(post.ChatId)).PostAdded(post)
        : hub.Clients.Groups(ChatGroups.Moderators(post.ChatId), ChatGroups.Everyone(post.ChatId)).PostAdded(post);

    public Task PostChanged(PostDto post) => post.Hidden
        ? hub.Clients.Group(ChatGroups.Moderators(post.ChatId)).PostChanged(post)
        : hub.Clients.Groups(ChatGroups.Moderators(post.ChatId), ChatGroups.Everyone(post.ChatId)).PostChanged(post);

    public Task PostHidden(PostDto post) => Task.WhenAll(
        hub.Clients.Group(ChatGroups.Moderators(post.ChatId)).PostChanged(post),
        hub.Clients.Group(ChatGroups.Everyone(post.ChatId)).PostRemoved(post.ChatId, post.Id));

    public Task PostUnhidden(PostDto post) => Task.WhenAll(
        hub.Clients.Group(ChatGroups.Moderators(post.ChatId)).PostChanged(post),
        hub.Clients.Group(ChatGroups.Everyone(post.ChatId)).PostAdded(post));

    public Task ChatChanged(ChatDto forModerators, ChatDto forEveryone) => Task.WhenAll(
        hub.Clients.Group(ChatGroups.Moderators(forModerators.Id)).ChatChanged(forModerators),
        hub.Clients.Group(ChatGroups.Everyone(forEveryone.Id)).ChatChanged(forEveryone));

    public Task OnlineChanged(int chatId, int count) =>
        hub.Clients.Groups(ChatGroups.Moderators(chatId), ChatGroups.Everyone(chatId)).OnlineChanged(chatId, count);
}
