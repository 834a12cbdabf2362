using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// An author's own posts (SPEC rule 28): the text can be edited for <see cref="EditWindow"/> while the chat is live,
/// the post deleted at any time. An edit passes the same text rules and the same Markdown rendering as Send
/// (<see cref="PostingService"/>), keeps the label and question, and keeps the replaced text for moderators.
/// </summary>
public sealed class OwnPostsService(
    AppDbContext db,
    PostingService posting,
    ChatEvents events,
    Permissions permissions,
    PostReader posts,
    ActionThrottle throttle,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The new text is the body: a label typed into it is text, not a new label (the label stays). The same text
    /// again changes nothing and answers with the post as it is.
    /// </summary>
    public async Task<PostDto> EditAsync(long postId, int? userId, string? text, CancellationToken cancellationToken = default)
    {
        var (post, chat) = await FindOwnAsync(postId, userId, cancellationToken);
        var body = PostText.Normalize(text ?? "");
        if (string.Equals(body, post.Text, StringComparison.Ordinal))
        {
            return PostDto.From(post);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        posting.RequireLive(chat);
        if (post.Hidden)
        {
            throw Refusal.Conflict(t["A moderator hid this post, so it can't be edited. You can still delete it."]);
        }

        if (post.RejectedAt is not null)
        {
            throw Refusal.Conflict(t["A moderator didn't publish this post, so it can't be edited. You can still delete it."]);
        }

        if (now - post.CreatedAt > EditWindow)
        {
            throw Refusal.Conflict(t["You can edit a post for 15 minutes after posting it."]);
        }

        await permissions.RequireNotBannedAsync(chat.CommunityId, post.AuthorId, now);
        posting.CheckText(body, chat.Community.MaxPostLength, chat.Hashtag);
        // A published post cannot take in a blocked word by an edit (rule 20); a held one is still waiting for a moderator.
        if (!post.Held && post.AuthorRole == AuthorRole.Participant && BlockedWords.FindIn(body, chat.Community.BlockedWords) is not null)
        {
            throw Refusal.BadRequest(t["Your edit has a word or phrase this community doesn't allow. Change it and save again."]);
        }

        if (!throttle.TryTake(ActionThrottle.Edit, post.AuthorId))
        {
            throw Refusal.TooManyRequests(t["You're going very fast. Wait a few seconds and try again."]);
        }

        db.PostRevisions.Add(new PostRevision { PostId = post.Id, Text = post.Text, ReplacedAt = now, EditedById = post.AuthorId });
        post.Text = body;
        post.Html = PostMarkdown.ToHtml(body);
        post.EditedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        var dto = PostDto.From(post);
        await (post.Held ? events.PostHeld(dto, post.AuthorId) : events.PostChanged(dto));
        return dto;
    }

    /// <summary>Deleting is allowed at any time, in an ended chat too; a deleted post is gone for everyone.</summary>
    public async Task DeleteAsync(long postId, int? userId, CancellationToken cancellationToken = default)
    {
        var (post, _) = await FindOwnAsync(postId, userId, cancellationToken);
        post.DeletedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        // A withdrawn held post leaves the moderators' queue (PostRemoved reaches them with everyone else).
        await events.PostDeleted(post.ChatId, post.Id);
    }

    /// <summary>What a post said before its author's edits, newest first: for the moderators of its community.</summary>
    public async Task<IReadOnlyList<PostRevisionDto>> RevisionsAsync(long postId, int? userId)
    {
        var chatId = await db.Posts.Where(p => p.Id == postId && p.DeletedAt == null).Select(p => (int?)p.ChatId).FirstOrDefaultAsync()
            ?? throw NotFound();
        var communityId = await db.Chats.Where(c => c.Id == chatId).Select(c => c.CommunityId).FirstAsync();
        await permissions.RequireModeratorAsync(userId, communityId);
        return await db.PostRevisions.AsNoTracking()
            .Where(r => r.PostId == postId)
            .OrderByDescending(r => r.ReplacedAt).ThenByDescending(r => r.Id)
            .Join(db.Users, r => r.EditedById, u => u.Id, (r, u) => new PostRevisionDto(r.Text, r.ReplacedAt, u.UserName!))
            .ToListAsync();
    }

    /// <summary>
    /// The caller's own post, tracked, with its chat: 404 when the caller may not see it (unknown, deleted, or someone
    /// else's hidden post), 403 when it is someone else's, 409 for an asked question (moderators correct those in the plan).
    /// </summary>
    private async Task<(Post Post, Chat Chat)> FindOwnAsync(long postId, int? userId, CancellationToken cancellationToken)
    {
        var id = permissions.RequireSignedIn(userId);
        var post = await db.Posts.Include(p => p.Author).FirstOrDefaultAsync(p => p.Id == postId, cancellationToken)
            ?? throw NotFound();
        var chat = await db.Chats.Include(c => c.Community).FirstAsync(c => c.Id == post.ChatId, cancellationToken);
        if (post.AuthorId != id)
        {
            var viewer = await permissions.ViewerAsync(id, chat.CommunityId);
            throw await posts.FindAsync(postId, viewer) is null
                ? NotFound()
                : Refusal.Forbidden(t["Only its author can edit or delete a post."]);
        }

        if (post.DeletedAt is not null)
        {
            throw NotFound();
        }

        if (post.Kind == PostKind.Question)
        {
            throw Refusal.Conflict(t["An asked question is corrected in the chat's plan, not here."]);
        }

        return (post, chat);
    }

    private Refusal NotFound() => Refusal.NotFound(t["There is no such post."]);
}
