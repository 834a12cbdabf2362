using System.Collections.Concurrent;
using System.Globalization;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CommunityChat.Web.Base.Posts;

/// <summary>
/// Group commit for participants' posts (SPEC rule 6, issue 8). Posts are queued per lane and one writer per lane takes
/// everything queued and commits it as one transaction: it locks each chat's counter row, builds each post under that
/// lock (slow mode, repeats, letters: read in the same transaction, so they see the posts before it in the batch),
/// gives the published ones the next numbers in order, then commits once — one fsync for the whole batch — and only
/// then completes each caller, who broadcasts and acknowledges. A refusal stays with its post: it is thrown to that
/// caller and the rest of the batch goes on. While a batch commits the next one gathers, so batches grow with the load
/// and a lone post waits for nobody.
/// SQLite has one write lock for the database, so it has one lane; on PostgreSQL each chat has its own (the chat's row
/// is the lock, and several instances still queue on it). Asking a question, approving a held post and moving an answer
/// take the chat's lock directly through <see cref="ChatSequence"/>: they are rare and write more than a post.
/// </summary>
public sealed class PostWriter(IServiceScopeFactory scopes, IOptions<DatabaseOptions> database, IStringLocalizer<SharedResource> t)
{
    /// <summary>At most this many posts commit together: bounds one transaction's time when a burst has queued more.</summary>
    public const int MaxBatch = 256;

    private static readonly string Live = ChatStatus.Live.ToString();
    private readonly ConcurrentDictionary<int, Lane> _lanes = new();
    private readonly bool _oneLane = database.Value.Provider != DatabaseOptions.Postgres;

    /// <summary>
    /// Queues a post for <paramref name="chatId"/> and returns it once committed. <paramref name="build"/> runs under the
    /// chat's lock on the writer's context (read through it, never through another) and returns the post, or throws a
    /// <see cref="Refusal"/> that reaches this caller alone.
    /// </summary>
    /// <param name="held">Commit the post without a sequence, waiting for a moderator (rule 20).</param>
    public Task<Post> WriteAsync(int chatId, Func<AppDbContext, Task<Post>> build, bool held)
    {
        var pending = new Pending(chatId, build, held, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var lane = _lanes.GetOrAdd(_oneLane ? 0 : chatId, _ => new Lane());
        if (lane.Enqueue(pending))
        {
            _ = Task.Run(() => DrainAsync(lane));
        }

        return pending.Done.Task;
    }

    /// <summary>How many posts wait behind the batch being written in <paramref name="chatId"/>'s lane.</summary>
    public int Waiting(int chatId) => _lanes.TryGetValue(_oneLane ? 0 : chatId, out var lane) ? lane.Count : 0;

    private async Task DrainAsync(Lane lane)
    {
        while (lane.TakeBatch() is { } batch)
        {
            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        var written = new List<(Pending Pending, Post Post)>(batch.Count);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var chat in batch.GroupBy(p => p.ChatId))
            {
                await WriteChatAsync(db, chat.Key, chat, written);
            }

            await transaction.CommitAsync();
        }
        catch (Exception e)
        {
            // The transaction is gone: nothing of the batch was stored. Every post not yet refused fails with it.
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(e);
            }

            return;
        }

        foreach (var (pending, post) in written)
        {
            pending.Done.TrySetResult(post);
        }
    }

    private async Task WriteChatAsync(AppDbContext db, int chatId, IEnumerable<Pending> posts, List<(Pending, Post)> written)
    {
        var locked = await db.Database
            .SqlQuery<long>($"""UPDATE "Chats" SET "LastSequence" = "LastSequence" WHERE "Id" = {chatId} AND "Status" = {Live} RETURNING "LastSequence" AS "Value" """)
            .ToListAsync();
        var last = locked.Count == 1 ? locked[0] : (long?)null;
        var next = last;
        foreach (var pending in posts)
        {
            pending.UseCulture();
            if (next is not { } sequence)
            {
                pending.Done.TrySetException(Refusal.Conflict(t["This chat isn't live: nothing can be posted to it now."]));
                continue;
            }

            try
            {
                var post = await pending.Build(db);
                post.ChatId = chatId;
                post.Held = pending.Held;
                post.Sequence = pending.Held ? null : sequence + 1;
                db.Posts.Add(post);
                await db.SaveChangesAsync();
                next = post.Sequence ?? sequence;
                written.Add((pending, post));
            }
            catch (Refusal refusal)
            {
                pending.Done.TrySetException(refusal);
            }
            catch (DbUpdateException failed)
            {
                // SaveChanges rolled back to its savepoint: the batch goes on without this post.
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList())
                {
                    entry.State = EntityState.Detached;
                }

                pending.Done.TrySetException(failed);
            }
        }

        if (next != last)
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Chats" SET "LastSequence" = {next} WHERE "Id" = {chatId}""");
        }
    }

    private sealed record Pending(int ChatId, Func<AppDbContext, Task<Post>> Build, bool Held, CultureInfo Culture, CultureInfo UiCulture)
    {
        public TaskCompletionSource<Post> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Refusals are written in the sender's language, not the writer's.</summary>
        public void UseCulture()
        {
            CultureInfo.CurrentCulture = Culture;
            CultureInfo.CurrentUICulture = UiCulture;
        }
    }

    /// <summary>A queue and whether a writer is draining it; the first post into an idle lane starts one.</summary>
    private sealed class Lane
    {
        private readonly Queue<Pending> _queue = new();
        private bool _draining;

        public int Count
        {
            get
            {
                lock (_queue)
                {
                    return _queue.Count;
                }
            }
        }

        /// <returns>Whether the caller must start the writer.</returns>
        public bool Enqueue(Pending pending)
        {
            lock (_queue)
            {
                _queue.Enqueue(pending);
                if (_draining)
                {
                    return false;
                }

                _draining = true;
                return true;
            }
        }

        /// <returns>What is queued (at most <see cref="MaxBatch"/>), or null when the lane is empty and the writer stops.</returns>
        public List<Pending>? TakeBatch()
        {
            lock (_queue)
            {
                if (_queue.Count == 0)
                {
                    _draining = false;
                    return null;
                }

                var batch = new List<Pending>(Math.Min(_queue.Count, MaxBatch));
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var pending))
                {
                    batch.Add(pending);
                }

                return batch;
            }
        }
    }
}
