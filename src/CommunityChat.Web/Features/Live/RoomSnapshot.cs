using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Polls;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Base.Suggestions;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// What a joining or reconnecting client receives: the chat, the posts after the last one it has (SPEC rule 7) a page
/// at a time (<see cref="More"/>: join again after the last one to get the rest), and for a reconnecting reader the
/// ids of earlier posts hidden meanwhile. <see cref="Polls"/> are the chat's polls as the viewer may see them (rule 9,
/// <see cref="PollReader"/>). <see cref="Banned"/> lists, for moderators only, the handles banned in the chat's
/// community right now, so their posts show that state instead of a second "Ban" (rule 29). <see cref="Held"/> holds
/// the posts without a sequence the viewer may see (rule 20): the queue of held posts for moderators, a participant's
/// own held and rejected posts; they are read whole at every Join, since they have no sequence to catch up from. <see cref="Suggestions"/>
/// are the chat's audience questions, ranked, as the viewer may see them (rule 22, <see cref="SuggestionReader"/>).
/// </summary>
public sealed record JoinResult(
    ChatDto Chat,
    IReadOnlyList<QuestionDto> Questions,
    IReadOnlyList<PostDto> Posts,
    IReadOnlyList<PollDto> Polls,
    int Online,
    IReadOnlyList<long> Liked,
    bool Moderator,
    IReadOnlyList<long> Hidden,
    bool More,
    IReadOnlyList<string> Banned,
    IReadOnlyList<PostDto> Held,
    IReadOnlyList<SuggestionDto> Suggestions);

public sealed class RoomSnapshot(AppDbContext db, ChatReader chats, PostReader posts, PollReader polls, SuggestionReader suggestions, SharedRoomReads shared, IConfiguration configuration, TimeProvider clock)
{
    /// <summary>Posts per Join answer: a long chat arrives in pages rather than one huge message.</summary>
    private int JoinPageSize =>
        Math.Clamp(configuration.GetValue("CommunityChat:Live:JoinPageSize", PostReader.MaxPostsPerRead), 1, PostReader.MaxPostsPerRead);

    /// <summary>Refuses a chat the account may not see (unknown, or a draft for non-moderators); else the account as its viewer.</summary>
    public Task<Viewer> RequireViewerAsync(int chatId, int? userId) => chats.ViewerAsync(chatId, userId);

    /// <summary>What <paramref name="viewer"/> receives on joining; readers who are not signed in share reads (<see cref="SharedRoomReads"/>).</summary>
    public async Task<JoinResult> ReadAsync(int chatId, long afterSequence, Viewer viewer, int online) =>
        viewer == Viewer.Public
            ? await ReadSharedAsync(chatId, afterSequence, online)
            : await ReadOwnAsync(chatId, afterSequence, viewer, online);

    /// <summary>The crowd's read refuses an unknown chat or a draft in the language of whoever started it: each reader hears it in theirs.</summary>
    private async Task<JoinResult> ReadSharedAsync(int chatId, long afterSequence, int online)
    {
        try
        {
            return await shared.ReadAsync(chatId, afterSequence) with { Online = online };
        }
        catch (Refusal refusal) when (refusal.Status == StatusCodes.Status404NotFound)
        {
            throw chats.NotFound();
        }
    }

    /// <summary>Reads the room for this viewer alone.</summary>
    public async Task<JoinResult> ReadOwnAsync(int chatId, long afterSequence, Viewer viewer, int online)
    {
        // Several small reads: one connection for all of them, not one from the pool each.
        await db.Database.OpenConnectionAsync();
        var chat = await chats.GetAsync(chatId, viewer);
        var page = await posts.AfterAsync(chatId, afterSequence, JoinPageSize + 1, viewer);
        var more = page.Count > JoinPageSize;
        var liked = viewer.UserId is { } id
            ? await db.PostLikes.Where(l => l.UserId == id)
                .Join(db.Posts.Where(p => p.ChatId == chatId), l => l.PostId, p => p.Id, (l, _) => l.PostId)
                .ToListAsync()
            : [];
        var asked = chat.Questions.Where(q => q.AskedAt != null).ToList();
        // A reconnecting client may still show posts hidden while it was away: tell it which to drop.
        var hidden = afterSequence > 0 ? await posts.HiddenUpToAsync(chatId, afterSequence, viewer) : [];
        var banned = viewer.IsModerator ? await BannedAsync(chatId) : [];
        var chatPolls = await polls.ForChatAsync(chatId, viewer);
        var held = await posts.UnpublishedAsync(chatId, viewer);
        var chatSuggestions = await suggestions.ForChatAsync(chatId, viewer);
        return new JoinResult(chat, asked, more ? page[..JoinPageSize] : page, chatPolls, online, liked, viewer.IsModerator, hidden, more, banned, held, chatSuggestions);
    }

    private async Task<IReadOnlyList<string>> BannedAsync(int chatId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var communityId = db.Chats.Where(c => c.Id == chatId).Select(c => c.CommunityId);
        return await db.Bans
            .Where(b => communityId.Contains(b.CommunityId) && (b.Until == null || b.Until > now))
            .Join(db.Users, b => b.UserId, u => u.Id, (_, u) => u.UserName!)
            .ToListAsync();
    }
}
