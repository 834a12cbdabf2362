using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Live;

/// <summary>One like per account per post; liking twice is not an error, it just stays liked.</summary>
public sealed class LikeService(
    AppDbContext db,
    LikeBroadcaster broadcaster,
    Permissions permissions,
    PostReader posts,
    PostWriter writer,
    ActionThrottle throttle,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public async Task<PostDto> LikeAsync(long postId, int? userId, bool on)
    {
        var id = permissions.RequireSignedIn(userId);
        if (!throttle.TryTake(ActionThrottle.Like, id))
        {
            throw Refusal.TooManyRequests(t["You're going very fast. Wait a few seconds and try again."]);
        }

        // A like is public: only a post everyone sees can be liked, by moderators too.
        var post = await posts.FindAsync(postId, Viewer.Public) ?? throw NotFound();
        var chat = await db.Chats.Where(c => c.Id == post.ChatId).Select(c => new { c.Status, c.CommunityId }).FirstAsync();
        if (chat.Status == ChatStatus.Ended)
        {
            throw Refusal.Conflict(t["This chat has ended; its transcript is read-only."]);
        }

        await permissions.RequireNotBannedAsync(chat.CommunityId, id, clock.GetUtcNow().UtcDateTime);

        // Written with the posts (PostWriter): a storm of likes commits in the same groups instead of queueing on
        // SQLite's write lock. Two tabs liking at once both succeed: the database keeps one like and nobody meets (or
        // logs) a conflict. Recount rather than increment: the count stays right under concurrent likes.
        await writer.ChangeAsync(post.ChatId, async w =>
        {
            if (on)
            {
                await w.Database.ExecuteSqlAsync(
                    $"""INSERT INTO "PostLikes" ("PostId", "UserId") VALUES ({postId}, {id}) ON CONFLICT DO NOTHING""");
            }
            else
            {
                await w.PostLikes.Where(l => l.PostId == postId && l.UserId == id).ExecuteDeleteAsync();
            }

            await w.Posts.Where(p => p.Id == postId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Likes, p => w.PostLikes.Count(l => l.PostId == p.Id)));
        });
        var dto = await posts.FindAsync(postId, Viewer.Server) ?? throw NotFound();
        broadcaster.Liked(postId);
        return dto;
    }

    private Refusal NotFound() => Refusal.NotFound(t["There is no such post."]);
}
