using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Base.Posts;

/// <summary>
/// The one way a post enters a live chat (SPEC rule 6): in one transaction, bump the chat's counter row, build the
/// post with that number, insert it, commit. The counter update locks the chat row (PostgreSQL) or the database
/// (SQLite), so concurrent writers, on one server or several, queue up and the sequence has no gaps; a refusal thrown
/// while building rolls the counter back with everything else. The update only matches a live chat, so a post racing
/// "End chat" is refused rather than landing in an ended chat.
/// </summary>
public sealed class ChatSequence(AppDbContext db, IStringLocalizer<SharedResource> t)
{
    private static readonly string Live = ChatStatus.Live.ToString();

    public async Task<Post> AppendAsync(int chatId, Func<long, Task<Post>> build, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = (await db.Database
            .SqlQuery<long>($"""UPDATE "Chats" SET "LastSequence" = "LastSequence" + 1 WHERE "Id" = {chatId} AND "Status" = {Live} RETURNING "LastSequence" AS "Value" """)
            .ToListAsync(cancellationToken)).SingleOrDefault();
        if (sequence == 0)
        {
            throw Refusal.Conflict(t["This chat isn't live: nothing can be posted to it now."]);
        }

        var post = await build(sequence);
        post.ChatId = chatId;
        post.Sequence = sequence;
        db.Posts.Add(post);
        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return post;
    }
}
