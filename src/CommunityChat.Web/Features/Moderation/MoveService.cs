using System.Globalization;
using CommunityChat.Core.Posts;
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
/// Moving an answer (SPEC rule 21): a moderator files a post under another asked question. It becomes an answer to
/// that question with its author's next free letter, chosen under the chat's lock like any new answer; its replies
/// follow it; everyone sees the change (<c>PostChanged</c>) and the audit log keeps it ("A2 → A3b").
/// </summary>
public sealed class MoveService(
    AppDbContext db,
    ChatSequence sequence,
    ChatEvents events,
    Permissions permissions,
    AuditLog audit,
    IStringLocalizer<SharedResource> t)
{
    public async Task<PostDto> MoveAsync(long postId, int? userId, int? questionNumber, CancellationToken cancellationToken = default)
    {
        var found = await db.Posts.AsNoTracking()
            .Where(p => p.Id == postId && p.DeletedAt == null)
            .Select(p => new { p.ChatId, CommunityId = db.Chats.Where(c => c.Id == p.ChatId).Select(c => c.CommunityId).First() })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw NotFound();
        var actor = await permissions.RequireModeratorAsync(userId, found.CommunityId);
        if (questionNumber is not { } number)
        {
            throw Refusal.BadRequest(t["Choose the question to move it to."]);
        }

        var moved = await sequence.ChangeAsync(found.ChatId, async () =>
        {
            var post = await db.Posts.Include(p => p.Author).FirstAsync(p => p.Id == postId, cancellationToken);
            if (post.Sequence is null)
            {
                throw Refusal.Conflict(t["This post was never published: approve or reject it in the queue of held posts."]);
            }

            if (post.Kind == PostKind.Question)
            {
                throw Refusal.Conflict(t["A question can't be moved: correct it in the plan."]);
            }

            if (post.Kind == PostKind.Answer && post.QuestionNumber == number)
            {
                return new List<Post> { post };
            }

            var asked = await db.Questions.AnyAsync(q => q.ChatId == post.ChatId && q.Number == number && q.AskedAt != null, cancellationToken);
            if (!asked)
            {
                throw Refusal.BadRequest(t["Q{0} hasn't been asked yet.", number]);
            }

            var used = await db.Posts
                .Where(p => p.ChatId == post.ChatId && p.AuthorId == post.AuthorId && p.Kind == PostKind.Answer && p.QuestionNumber == number
                    && p.Id != post.Id && p.DeletedAt == null && p.RejectedAt == null)
                .Select(p => p.Part)
                .ToListAsync(cancellationToken);
            var assignment = AnswerLettering.Assign(number, null, used.Select(p => p is { Length: 1 } ? (char?)p[0] : null).ToList());
            if (assignment.Label is not { } label)
            {
                throw Refusal.Conflict(t["@{0} has used every letter for A{1}.", post.Author.UserName!, number]);
            }

            var before = post.Label ?? (post.Kind == PostKind.Reply ? "reply" : "comment");
            post.Kind = PostKind.Answer;
            post.QuestionNumber = number;
            post.Part = label.Part?.ToString();
            post.Label = label.ToString();
            // An answer stands on its own under its question; the replies to it follow it there.
            post.ReplyToId = null;
            var changed = new List<Post> { post };
            changed.AddRange(await RepliesToAsync(post, number, cancellationToken));
            audit.Record(found.CommunityId, post.ChatId, actor, "post.moved", $"post {post.Id}", $"{before} → {post.Label}");
            return changed;
        }, cancellationToken);

        foreach (var post in moved)
        {
            await events.PostChanged(PostDto.From(post));
        }

        return PostDto.From(moved[0]);
    }

    /// <summary>The replies under a moved post, however deep, now filed under its new question.</summary>
    private async Task<List<Post>> RepliesToAsync(Post root, int number, CancellationToken cancellationToken)
    {
        var replies = new List<Post>();
        var parents = new List<long> { root.Id };
        while (parents.Count > 0)
        {
            var level = await db.Posts.Include(p => p.Author)
                .Where(p => p.ChatId == root.ChatId && p.ReplyToId != null && parents.Contains(p.ReplyToId.Value) && p.Kind == PostKind.Reply)
                .ToListAsync(cancellationToken);
            foreach (var reply in level)
            {
                reply.QuestionNumber = number;
            }

            replies.AddRange(level);
            parents = level.Select(p => p.Id).ToList();
        }

        return replies.Where(p => p.DeletedAt == null && p.Sequence != null).ToList();
    }

    private Refusal NotFound() => Refusal.NotFound(t["There is no such post."]);
}
