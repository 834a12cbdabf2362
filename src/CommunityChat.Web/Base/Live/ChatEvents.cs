using System.Globalization;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
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

    /// <summary>
    /// A moderator hid a post: moderators see it marked, its author keeps it marked with the reason (rule 28), everyone
    /// else loses it. The author's connections are in the everyone group too, so they also get PostRemoved; SignalR
    /// cannot leave one person out of a group across servers. The author's PostChanged goes first, and the room's
    /// script asks the API before it drops a post of its own (room-core.js), so either order ends with the post kept.
    /// </summary>
    public async Task PostHidden(PostDto post, int authorId)
    {
        await hub.Clients.User(UserKey(authorId)).PostChanged(post);
        await Task.WhenAll(
            hub.Clients.Group(ChatGroups.Moderators(post.ChatId)).PostChanged(post),
            hub.Clients.Group(ChatGroups.Everyone(post.ChatId)).PostRemoved(post.ChatId, post.Id));
    }

    /// <summary>Unhidden: back for everyone (PostAdded, which a client that still has it takes as an update).</summary>
    public async Task PostUnhidden(PostDto post, int authorId)
    {
        await hub.Clients.User(UserKey(authorId)).PostChanged(post);
        await Task.WhenAll(
            hub.Clients.Group(ChatGroups.Moderators(post.ChatId)).PostChanged(post),
            hub.Clients.Group(ChatGroups.Everyone(post.ChatId)).PostAdded(post));
    }

    /// <summary>Its author deleted a post (rule 28): gone for everyone, moderators and the author included.</summary>
    public Task PostDeleted(int chatId, long postId) =>
        hub.Clients.Groups(ChatGroups.Moderators(chatId), ChatGroups.Everyone(chatId)).PostRemoved(chatId, postId);

    /// <summary>
    /// A post was held, approved or rejected, or its author changed or withdrew it while held (rule 20): to the
    /// moderators (their queue) and to its author, who sees it waiting, then published or rejected with the reason.
    /// </summary>
    public Task PostHeld(PostDto post, int authorId) => Task.WhenAll(
        hub.Clients.Group(ChatGroups.Moderators(post.ChatId)).PostHeld(post),
        hub.Clients.User(UserKey(authorId)).PostHeld(post));

    /// <summary>The chat's reports changed (rule 8): a signal to its moderators' consoles, which read their queue again.</summary>
    public Task ReportsChanged(int chatId) => hub.Clients.Group(ChatGroups.Moderators(chatId)).ReportsChanged(chatId);

    /// <summary>A draft exists only for moderators: its changes never go to the room's public group (where a Join that is
    /// about to be refused stands for a moment).</summary>
    public Task ChatChanged(ChatDto forModerators, ChatDto forEveryone) => forEveryone.Status == ChatStatus.Draft
        ? hub.Clients.Group(ChatGroups.Moderators(forModerators.Id)).ChatChanged(forModerators)
        : Task.WhenAll(
            hub.Clients.Group(ChatGroups.Moderators(forModerators.Id)).ChatChanged(forModerators),
            hub.Clients.Group(ChatGroups.Everyone(forEveryone.Id)).ChatChanged(forEveryone));

    public Task OnlineChanged(int chatId, int count) =>
        hub.Clients.Groups(ChatGroups.Moderators(chatId), ChatGroups.Everyone(chatId)).OnlineChanged(chatId, count);

    /// <summary>SignalR's user id is the NameIdentifier claim, which the cookie and the bearer token both carry.</summary>
    private static string UserKey(int userId) => userId.ToString(CultureInfo.InvariantCulture);
}
