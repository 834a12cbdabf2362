using CommunityChat.Web.Data;
using CommunityChat.Web.Features.Chats;
using CommunityChat.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// What a joining or reconnecting client receives: the chat, the posts after the last one it has (SPEC rule 7) a page
/// at a time (<see cref="More"/>: join again after the last one to get the rest), and for a reconnecting reader the
/// ids of earlier posts hidden meanwhile.
/// </summary>
public sealed record JoinResult(
    ChatDto Chat,
    IReadOnlyList<QuestionDto> Questions,
    IReadOnlyList<PostDto> Posts,
    IReadOnlyList<object> Polls,
    int Online,
    IReadOnlyList<long> Liked,
    bool Moderator,
    IReadOnlyList<long> Hidden,
    bool More);

public sealed class RoomSnapshot(AppDbContext db, ChatQueries queries, Permissions permissions, IConfiguration configuration)
{
    public const int MaxPostsPerRead = 1000;

    /// <summary>Posts per Join answer: a long chat arrives in pages rather than one huge message.</summary>
    private int JoinPageSize => Math.Clamp(configuration.GetValue("CommunityChat:Live:JoinPageSize", MaxPostsPerRead), 1, MaxPostsPerRead);

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
        var page = await PostsAfterAsync(chatId, afterSequence, JoinPageSize + 1, moderator);
        var more = page.Count > JoinPageSize;
        var posts = more ? page[..JoinPageSize] : page;
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
        return new JoinResult(chat, asked, posts, [], online, liked, moderator, hidden, more);
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
