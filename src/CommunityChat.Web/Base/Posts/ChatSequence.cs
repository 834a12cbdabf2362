using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Base.Posts;

/// <summary>
/// A chat's gapless sequence (SPEC rule 6), for the writes that take the chat's lock directly: asking a question,
/// publishing a held post, moving an answer. Each runs in one transaction that first updates the chat's counter row,
/// which locks the chat row (PostgreSQL) or the database (SQLite), so concurrent writers, on one server or several,
/// queue up and the sequence has no gaps; a refusal thrown inside rolls the counter back with everything else.
/// Participants' posts, the many, are committed in groups by <see cref="PostWriter"/> under the same lock.
/// </summary>
public sealed class ChatSequence(AppDbContext db, IStringLocalizer<SharedResource> t)
{
    private static readonly string Live = ChatStatus.Live.ToString();

    /// <summary>
    /// Appends the post <paramref name="build"/> makes under the lock, with the next number, together with what else
    /// it changed on this context. The update only matches a live chat, so nothing lands in an ended one.
    /// </summary>
    public async Task<Post> AppendAsync(int chatId, Func<Task<Post>> build, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = await LockAsync(chatId, 1, cancellationToken);
        var post = await build();
        post.ChatId = chatId;
        post.Sequence = sequence;
        db.Posts.Add(post);
        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return post;
    }

    /// <summary>
    /// Gives a held post the chat's next sequence and publishes it (rule 20), in one transaction under the chat's lock.
    /// The update only matches a post still held, so of two moderators approving (or one approving while another
    /// rejects) exactly one succeeds and the other is refused. <paramref name="record"/> adds what must commit with it
    /// (the audit entry).
    /// </summary>
    public async Task PublishAsync(int chatId, long postId, Action record, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        long? sequence = await LockAsync(chatId, 1, cancellationToken);
        var published = await db.Posts
            .Where(p => p.Id == postId && p.ChatId == chatId && p.Held && p.DeletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Sequence, sequence).SetProperty(p => p.Held, false), cancellationToken);
        if (published == 0)
        {
            throw Refusal.Conflict(t["This post isn't waiting for a moderator any more: someone approved or rejected it."]);
        }

        record();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="change"/> on a chat's posts in one transaction under the chat's lock, without taking a
    /// number, in a live or an ended chat: a moderator moving an answer (rule 21) picks its letter under the same rule
    /// as posting, so it cannot collide with the author's answer arriving at that moment.
    /// </summary>
    public async Task<T> ChangeAsync<T>(int chatId, Func<Task<T>> change, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Database
            .SqlQuery<long>($"""UPDATE "Chats" SET "LastSequence" = "LastSequence" WHERE "Id" = {chatId} RETURNING "LastSequence" AS "Value" """)
            .ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            throw Refusal.NotFound(t["There is no such chat."]);
        }

        var result = await change();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Adds <paramref name="step"/> to the live chat's counter and returns the counter.</summary>
    private async Task<long> LockAsync(int chatId, int step, CancellationToken cancellationToken)
    {
        var rows = await db.Database
            .SqlQuery<long>($"""UPDATE "Chats" SET "LastSequence" = "LastSequence" + {step} WHERE "Id" = {chatId} AND "Status" = {Live} RETURNING "LastSequence" AS "Value" """)
            .ToListAsync(cancellationToken);
        return rows.Count == 1 ? rows[0] : throw Refusal.Conflict(t["This chat isn't live: nothing can be posted to it now."]);
    }
}
