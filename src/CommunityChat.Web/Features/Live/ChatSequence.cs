using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// The one way a post enters a chat (SPEC rule 6): in one transaction, bump the chat's counter row, build the post
/// with that number, insert it, commit. The counter update locks the chat row (PostgreSQL) or the database (SQLite),
/// so concurrent writers, on one server or several, queue up and the sequence has no gaps; a refusal thrown while
/// building rolls the counter back with everything else.
/// </summary>
public sealed class ChatSequence(AppDbContext db)
{
    public async Task<Post> AppendAsync(int chatId, Func<long, Task<Post>> build, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = (await db.Database
            .SqlQuery<long>($"""UPDATE "Chats" SET "LastSequence" = "LastSequence" + 1 WHERE "Id" = {chatId} RETURNING "LastSequence" AS "Value" """)
            .ToListAsync(cancellationToken)).Single();

        var post = await build(sequence);
        post.ChatId = chatId;
        post.Sequence = sequence;
        db.Posts.Add(post);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return post;
    }
}
