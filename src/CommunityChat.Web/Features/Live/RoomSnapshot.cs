using CommunityChat.Web.Data;
using CommunityChat.Web.Features.Chats;
using CommunityChat.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// What a joining or reconnecting client receives: the chat, every post after the last one it has (SPEC rule 7),
/// and for a reconnecting reader the ids of earlier posts hidden meanwhile.
/// </summary>
public sealed record JoinResult(
    ChatDto Chat,
    IReadOnlyList<QuestionDto> Questions,
    IReadOnlyList<PostDto> Posts,
    IReadOnlyList<object> Polls,
    int Online,
    IReadOnlyList<long> Liked,
    bool Moderator,
    IReadOnlyList<long> Hidden);

public sealed class RoomSnapshot(AppDbContext db, ChatQueries queries, Permissions permissions)
{
    public const int MaxPostsPerRead = 1000;

    /// <summary>Whether the account moderates the chat's community; refuses an unknown chat.</summary>
    public async Task<bool> IsModeratorAsync(int chatId, int? userId) =>
        await permissions.IsModeratorAsync(userId, await queries.CommunityIdAsync(chatId));

    /// <summary>Refuses a chat the account may not see (unknown, or a draft for non-moderators); else whether it moderates it.</summary>
    public async Task<bool> RequireVisibleAsync(int chatId, int? userId)
    {
        await queries.GetAsync(chatId, userId);
        return await IsModeratorAsync(chatId, userId);
    }

    public async Task<JoinResult> ReadAsync(int chatId, long afterSequence, int? userId, bool moderator, int online)
    {
        var chat = await queries.GetAsync(chatId, userId);
        var posts = await PostsAfterAsync(chatId, afterSequence, int.MaxValue, moderator);
        var liked = userId is { } id
            ? await db.PostLikes.Where(l => l.UserId == id)
                .Join(db.Posts.Where(p => p.ChatId == chatId), l => l.PostId, p => p.Id, (l, _) => l.PostId)
                .ToListAsync()
            : [];
        var asked = chat.Questions.Where(q => q.AskedAt != null).ToList();
        // A reconnecting reader may still show posts hidden while it was away: tell it which to drop.
        var hidden = !moderator && afterSequence > 0
            ? await db.Posts.Where(p => p.ChatId == chatId && p.Hidden && p.Sequence <= afterSequence).Select(p => p.Id).ToListAsync()
            : [];
        return new JoinResult(chat, asked, posts, [], online, liked, moderator, hidden);
    }

    /// <summary>Posts in sequence order after <paramref name="afterSequence"/>; hidden ones only for moderators.</summary>
    public Task<List<PostDto>> PostsAfterAsync(int chatId, long afterSequence, int limit, bool moderator) =>
        db.Posts.AsNoTracking()
            .Where(p => p.ChatId == chatId && p.Sequence > afterSequence && (moderator || !p.Hidden))
            .OrderBy(p => p.Sequence)
            .Take(limit)
            .Select(PostDto.Projection)
            .ToListAsync();
}
