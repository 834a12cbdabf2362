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
/// A held post (rule 20) takes the same lock without taking a number, so its letter is chosen under the same rule;
/// approving it later (<see cref="PublishAsync"/>) gives it the next number, as if it had just been posted.
/// </summary>
public sealed class ChatSequence(AppDbContext db, IStringLocalizer<SharedResource> t)
{
    private static readonly string Live = ChatStatus.Live.ToString();

    /// <param name="held">Commit the post without a sequence, waiting for a moderator (rule 20).</param>
    public async Task<Post> AppendAsync(int chatId, Func<long, Task<Post>> build, bool held, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sequence = await LockAsync(chatId, held ? 0 : 1, cancellationToken);
        var post = await build(sequence);
        post.ChatId = chatId;
        post.Sequence = held ? null : sequence;
        post.Held = held;
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

    /// <summary>Adds <paramref name="step"/> to the live chat's counter (0 only locks it) and returns the counter.</summary>
    private async Task<long> LockAsync(int chatId, int step, CancellationToken cancellationToken)
    {
        var rows = await db.Database
            .SqlQuery<long>($"""UPDATE "Chats" SET "LastSequence" = "LastSequence" + {step} WHERE "Id" = {chatId} AND "Status" = {Live} RETURNING "LastSequence" AS "Value" """)
            .ToListAsync(cancellationToken);
        return rows.Count == 1 ? rows[0] : throw Refusal.Conflict(t["This chat isn't live: nothing can be posted to it now."]);
    }
}
