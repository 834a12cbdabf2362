using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Features.Live;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Base.Live;

/// <summary>The room's own hub methods: join with catch-up, leave, post and like (SPEC rules 6, 7).</summary>
public sealed partial class ChatHub
{
    public async Task<JoinResult> Join(int chatId, long afterSequence, [FromServices] RoomSnapshot snapshot, [FromServices] IOnlineCounts counts)
    {
        // Someone not signed in is the public: the shared read below refuses an unknown chat or a draft for all of a
        // crowd at once, instead of a read each before it (issue 8: 5,000 joining).
        var viewer = UserId is null ? Viewer.Public : await snapshot.RequireViewerAsync(chatId, UserId);
        // A connection is in exactly one of the chat's groups (ChatGroups): leave the other one, which a moderator
        // named or removed since the last Join was in. Join before reading, so nothing committed in between is
        // missed; the client drops what it then receives twice by post id.
        // Remembered before joining the group, so a moderator removed meanwhile is found by ConnectionRecheck.
        connections.Joined(Context.ConnectionId, chatId, viewer.IsModerator);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, ChatGroups.For(chatId, !viewer.IsModerator));
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.For(chatId, viewer.IsModerator));
        JoinResult room;
        try
        {
            room = await snapshot.ReadAsync(chatId, afterSequence, viewer, online: 0);
        }
        catch
        {
            // Refused (no such chat, a draft): out of the room again, so nothing more of it reaches this connection.
            await Leave(chatId);
            throw;
        }

        // Counted once the room is known to exist: a Join for any number does not leave a room behind in Presence.
        return room with { Online = await counts.CountAsync(chatId, presence.Enter(Context.ConnectionId, chatId)) };
    }

    public async Task Leave(int chatId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, ChatGroups.Moderators(chatId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, ChatGroups.Everyone(chatId));
        presence.Leave(Context.ConnectionId, chatId);
        connections.Left(Context.ConnectionId, chatId);
    }

    public Task<PostDto> Send(int chatId, string text, int? questionNumber, long? replyToId, [FromServices] PostingService posting) =>
        posting.SendAsync(chatId, UserId, new SendRequest(text, questionNumber, replyToId), Context.ConnectionAborted);

    public Task Like(long postId, [FromServices] LikeService likes) => likes.LikeAsync(postId, UserId, on: true);

    public Task Unlike(long postId, [FromServices] LikeService likes) => likes.LikeAsync(postId, UserId, on: false);
}
