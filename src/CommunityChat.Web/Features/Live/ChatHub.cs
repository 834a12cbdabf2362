using CommunityChat.Web.Features.Chats;
using CommunityChat.Web.Features.Moderation;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// The live room at /hubs/chat (SPEC section 4). Methods are thin: each one hands ids to the feature service that
/// checks authorisation and rules; a refusal reaches the caller as a HubException with the sentence to show.
/// </summary>
public sealed class ChatHub(
    RoomSnapshot snapshot,
    PostingService posting,
    LikeService likes,
    ChatLifecycle lifecycle,
    ModerationService moderation,
    Presence presence) : Hub<IChatClient>
{
    private int? UserId => Context.User?.UserId();

    public async Task<JoinResult> Join(int chatId, long afterSequence)
    {
        // Join the group before reading, so nothing committed in between is missed; the client drops duplicates by sequence.
        var moderator = await snapshot.RequireVisibleAsync(chatId, UserId);
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.For(chatId, moderator));
        var online = presence.Enter(Context.ConnectionId, chatId);
        return await snapshot.ReadAsync(chatId, afterSequence, UserId, moderator, online);
    }

    public async Task Leave(int chatId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, ChatGroups.Moderators(chatId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, ChatGroups.Everyone(chatId));
        presence.Leave(Context.ConnectionId, chatId);
    }

    public Task<PostDto> Send(int chatId, string text, int? questionNumber, long? replyToId) =>
        posting.SendAsync(chatId, UserId, new SendRequest(text, questionNumber, replyToId), Context.ConnectionAborted);

    public Task Like(long postId) => likes.LikeAsync(postId, UserId, on: true);

    public Task Unlike(long postId) => likes.LikeAsync(postId, UserId, on: false);

    public Task<ChatDto> Start(int chatId) => lifecycle.StartAsync(chatId, UserId);

    public Task<ChatDto> End(int chatId) => lifecycle.EndAsync(chatId, UserId);

    public Task<PostDto> Ask(int chatId, int n) => lifecycle.AskAsync(chatId, n, UserId);

    public Task<PostDto> Hide(long postId, string? reason) => moderation.HideAsync(postId, UserId, reason);

    public Task<PostDto> Unhide(long postId) => moderation.UnhideAsync(postId, UserId);

    public Task<PostDto> Highlight(long postId, bool on) => moderation.HighlightAsync(postId, UserId, on);

    public Task Ban(string community, string handle, int? minutes) => moderation.BanAsync(community, handle, UserId, null, minutes);

    public Task<ChatDto> SetSlowMode(int chatId, int seconds) =>
        lifecycle.UpdateSettingsAsync(chatId, UserId, new ChatSettingsRequest(seconds, null, null));

    public Task<ChatDto> SetLock(int chatId, bool on) =>
        lifecycle.UpdateSettingsAsync(chatId, UserId, new ChatSettingsRequest(null, on, null));

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        presence.Disconnected(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
