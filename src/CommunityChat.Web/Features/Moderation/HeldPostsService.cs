using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Moderation;

/// <summary>
/// The moderators' queue of held posts (SPEC rule 20). Approving gives a post the chat's next sequence through
/// <see cref="ChatSequence"/>, the one writer path, and publishes it as if just posted; rejecting keeps it out of
/// everything public and tells its author why. Either is committed with its audit entry, then told to the moderators
/// and the author (<c>PostHeld</c>), and an approved post to the room (<c>PostAdded</c>).
/// </summary>
public sealed class HeldPostsService(
    AppDbContext db,
    ChatSequence sequence,
    PostReader posts,
    ChatEvents events,
    Permissions permissions,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public async Task<IReadOnlyList<PostDto>> ListAsync(int chatId, int? userId)
    {
        var communityId = await db.Chats.Where(c => c.Id == chatId).Select(c => (int?)c.CommunityId).FirstOrDefaultAsync()
            ?? throw Refusal.NotFound(t["There is no such chat."]);
        var actor = await permissions.RequireModeratorAsync(userId, communityId);
        return await posts.UnpublishedAsync(chatId, new Viewer(actor, IsModerator: true));
    }

    public async Task<PostDto> ApproveAsync(long postId, int? userId, CancellationToken cancellationToken = default)
    {
        var (chatId, communityId, authorId, actor) = await FindHeldAsync(postId, userId);
        await sequence.PublishAsync(chatId, postId, () => audit.Record(communityId, chatId, actor, "post.approved", Target(postId)), cancellationToken);
        var dto = await db.Posts.AsNoTracking().Where(p => p.Id == postId).Select(PostDto.Projection).FirstAsync(cancellationToken);
        await events.PostHeld(dto, authorId);
        await events.PostAdded(dto);
        return dto;
    }

    public async Task<PostDto> RejectAsync(long postId, int? userId, string? reason, CancellationToken cancellationToken = default)
    {
        reason = (reason ?? "").Trim();
        if (reason.Length > 500)
        {
            throw Refusal.BadRequest(t["A reason is at most 500 characters."]);
        }

        var (chatId, communityId, authorId, actor) = await FindHeldAsync(postId, userId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Conditional, like approving: of a reject and an approve at once, exactly one happens.
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Posts
            .Where(p => p.Id == postId && p.Held && p.DeletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Held, false).SetProperty(p => p.RejectedAt, now).SetProperty(p => p.RejectedReason, reason), cancellationToken);
        if (rows == 0)
        {
            throw NoLongerHeld();
        }

        audit.Record(communityId, chatId, actor, "post.rejected", Target(postId), reason);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var dto = await db.Posts.AsNoTracking().Where(p => p.Id == postId).Select(PostDto.Projection).FirstAsync(cancellationToken);
        await events.PostHeld(dto, authorId);
        return dto;
    }

    private async Task<(int ChatId, int CommunityId, int AuthorId, int Actor)> FindHeldAsync(long postId, int? userId)
    {
        var post = await db.Posts.AsNoTracking()
            .Where(p => p.Id == postId && p.DeletedAt == null)
            .Select(p => new { p.ChatId, p.AuthorId, p.Held, Published = p.Sequence != null })
            .FirstOrDefaultAsync()
            ?? throw Refusal.NotFound(t["There is no such post."]);
        var communityId = await db.Chats.Where(c => c.Id == post.ChatId).Select(c => c.CommunityId).FirstAsync();
        // Only a moderator learns whether a post is held: anyone else is refused the same way for every post.
        var actor = await permissions.RequireModeratorAsync(userId, communityId);
        return post.Held ? (post.ChatId, communityId, post.AuthorId, actor) : throw NoLongerHeld();
    }

    private Refusal NoLongerHeld() => Refusal.Conflict(t["This post isn't waiting for a moderator any more: someone approved or rejected it."]);

    private static string Target(long postId) => $"post {postId}";
}
