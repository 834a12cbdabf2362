using CommunityChat.Web.Data;
using CommunityChat.Web.Features.Chats;
using CommunityChat.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Live;

/// <summary>What a joining or reconnecting client receives: the chat, and every post after the last one it has (SPEC rule 7).</summary>
public sealed record JoinResult(
    ChatDto Chat,
    IReadOnlyList<QuestionDto> Questions,
    IReadOnlyList<PostDto> Posts,
    IReadOnlyList<object> Polls,
    int Online,
    IReadOnlyList<long> Liked,
    bool Moderator);

public sealed class RoomSnapshot(AppDbContext db, ChatQueries queries, Permissions permissions)
{
    public const int MaxPostsPerRead = 1000;

    /// <summary>Whether the account moderates the chat's community; refuses an unknown chat.</summary>
    public async Task<bool> IsModeratorAsync(int chatId, int? userId) =>
        await permissions.IsModeratorAsync(userId, await queries.CommunityIdAsync(chatId));

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
        return new JoinResult(chat, asked, posts, [], online, liked, moderator);
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
