using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CommunityChat.Web.Base.Posts;

/// <summary>
/// Group commit for participants' posts and likes (SPEC rule 6, issue 8). Posts are queued per lane and one writer per lane takes
/// everything queued and commits it as one transaction: it locks each chat's counter row, builds each post under that
/// lock (slow mode, repeats, letters: read in the same transaction, with the posts built before it in the batch, see
/// <see cref="PostBatch"/>), gives the published ones the next numbers in order, saves them together, then commits
/// once — one fsync for the whole batch — and only then completes each caller, who broadcasts and acknowledges. A
/// refusal stays with its post: it is thrown to that caller and the rest of the batch goes on; so does a builder's
/// unexpected exception, and a post the database refuses (the batch's posts are then saved one by one and numbered
/// again without it). While a batch commits the next one gathers, so batches grow with the load and a lone post waits
/// for nobody.
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
    /// Queues a post by <paramref name="authorId"/> for <paramref name="chatId"/> and returns it once committed.
    /// <paramref name="build"/> runs under the chat's lock on the writer's context (read through it, never through
    /// another, and count the batch's pending posts) and returns the post, or throws a <see cref="Refusal"/> that
    /// reaches this caller alone.
    /// </summary>
    /// <remarks>A post built <see cref="Post.Held"/> is committed without a sequence, waiting for a moderator (rule 20).</remarks>
    /// <param name="question">The question the post answers, if any: the group reads its authors' answers to these only (<see cref="PostBatch.Questions"/>).</param>
    public Task<Post> WriteAsync(int chatId, int authorId, Func<PostBatch, Task<Post>> build, int? question = null)
    {
        var job = new PostJob(chatId, authorId, question, build);
        Enqueue(job);
        return job.Done.Task;
    }

    /// <summary>
    /// Queues a small write that takes no number (a like) into <paramref name="chatId"/>'s lane: it commits with the
    /// batch, so on SQLite it never waits for the database's write lock against the posts. It runs whether or not the
    /// chat is live (its caller checked what it needs) and a failure, rolled back to its savepoint, reaches this caller alone.
    /// </summary>
    public Task ChangeAsync(int chatId, Func<AppDbContext, Task> change)
    {
        var job = new ChangeJob(chatId, change);
        Enqueue(job);
        return job.Done.Task;
    }

    /// <summary>
    /// Waits until every lane has written what it holds (shutdown: <see cref="PostWriterShutdown"/>). Lanes are few and
    /// this runs once, after the server stopped taking calls, so it looks again every few milliseconds.
    /// </summary>
    public async Task IdleAsync(CancellationToken cancellationToken)
    {
        while (_lanes.Values.Any(lane => lane.Busy))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
        }
    }

    private void Enqueue(Job job)
    {
        var lane = _lanes.GetOrAdd(_oneLane ? 0 : job.ChatId, _ => new Lane());
        if (lane.Enqueue(job))
        {
            _ = Task.Run(() => DrainAsync(lane));
        }
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

    private async Task CommitAsync(List<Job> batch)
    {
        var written = new List<Job>(batch.Count);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var chat in batch.GroupBy(p => p.ChatId))
            {
                await WriteChatAsync(db, transaction, chat.Key, chat, written);
            }

            await transaction.CommitAsync();
        }
        catch (Exception e)
        {
            // The transaction is gone: nothing of the batch was stored. Every post not yet refused fails with it.
            foreach (var job in batch)
            {
                job.Fail(e);
            }

            return;
        }

        foreach (var job in written)
        {
            job.Complete();
        }
    }

    private async Task WriteChatAsync(AppDbContext db, IDbContextTransaction transaction, int chatId, IEnumerable<Job> jobs, List<Job> written)
    {
        var locked = await db.Database
            .SqlQuery<long>($"""UPDATE "Chats" SET "LastSequence" = "LastSequence" WHERE "Id" = {chatId} AND "Status" = {Live} RETURNING "LastSequence" AS "Value" """)
            .ToListAsync();
        var last = locked.Count == 1 ? locked[0] : (long?)null;
        var next = last;
        var posts = jobs.OfType<PostJob>().ToList();
        var batch = new PostBatch(db, chatId, posts.Select(p => p.AuthorId).ToHashSet(), posts.Select(p => p.Question).OfType<int>().ToHashSet());
        var unsaved = new List<PostJob>();

        // Posts first, in order, then the changes (likes): a change saves through the same context, so one in the
        // middle would split the posts' one save and their shared reads. A like is for a post already committed.
        foreach (var job in jobs.OrderBy(job => job is ChangeJob))
        {
            job.UseCulture();
            try
            {
                switch (job)
                {
                    case PostJob post when next is { } sequence:
                        next = await post.BuildAsync(batch, sequence);
                        unsaved.Add(post);
                        continue;
                    case PostJob post:
                        // Not live: the builder's checks say why in their words (ended, not started, no such chat).
                        await post.BuildOnlyAsync(batch);
                        post.Fail(Refusal.Conflict(t["This chat isn't live: nothing can be posted to it now."]));
                        continue;
                    case ChangeJob change:
                        // A change saves through the same context: the posts before it are saved first, outside its savepoint.
                        next = await SaveAsync(batch, unsaved, written, next);
                        await change.RunAsync(db, transaction);
                        break;
                }

                written.Add(job);
            }
            catch (Refusal refusal)
            {
                job.Fail(refusal);
            }
            catch (DbUpdateException failed)
            {
                // Rolled back to the change's savepoint: the batch goes on without it.
                db.ChangeTracker.Clear();
                job.Fail(failed);
            }
            catch (Exception unexpected) when (job is PostJob && unexpected is not (DbException or OperationCanceledException))
            {
                // A builder's own fault (a bug, not the database): it added nothing to the context, so its post fails
                // alone and the group goes on. On SQLite the group holds every chat's posts. The caller logs it.
                job.Fail(unexpected);
            }
        }

        next = await SaveAsync(batch, unsaved, written, next);
        if (next != last)
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Chats" SET "LastSequence" = {next} WHERE "Id" = {chatId}""");
        }
    }

    /// <summary>
    /// Saves the posts built since the last save in one SaveChanges. If the database refuses it (rolled back to its
    /// savepoint), they are saved one by one and numbered again in order, so only the refused post fails.
    /// </summary>
    /// <returns>The chat's last sequence after the posts saved.</returns>
    private static async Task<long?> SaveAsync(PostBatch batch, List<PostJob> unsaved, List<Job> written, long? next)
    {
        if (unsaved.Count == 0)
        {
            return next;
        }

        var db = batch.Db;
        try
        {
            await db.SaveChangesAsync();
            written.AddRange(unsaved);
            return next;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            next = unsaved[0].FirstSequenceBefore;
            foreach (var post in unsaved)
            {
                try
                {
                    var after = post.Renumber(db, next!.Value);
                    await db.SaveChangesAsync();
                    written.Add(post);
                    next = after;
                }
                catch (DbUpdateException failed)
                {
                    post.Fail(failed);
                }

                db.ChangeTracker.Clear();
            }

            return next;
        }
        finally
        {
            // Saved posts leave the tracker: the next save would otherwise look at them all again.
            db.ChangeTracker.Clear();
            batch.Saved();
            unsaved.Clear();
        }
    }

    /// <summary>What a lane queues: work for one chat, in the language of whoever asked for it.</summary>
    private abstract class Job(int chatId)
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public int ChatId { get; } = chatId;

        /// <summary>Refusals are written in the sender's language, not the writer's.</summary>
        public void UseCulture()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }

        /// <summary>The batch committed: the caller may now broadcast and acknowledge.</summary>
        public abstract void Complete();

        public abstract void Fail(Exception e);
    }

    /// <summary>A participant's post: built under the lock, given the next number unless held.</summary>
    private sealed class PostJob(int chatId, int authorId, int? question, Func<PostBatch, Task<Post>> build) : Job(chatId)
    {
        private Post? _post;

        public TaskCompletionSource<Post> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int AuthorId { get; } = authorId;

        public int? Question { get; } = question;

        /// <summary>The chat's last sequence before this post was numbered.</summary>
        public long FirstSequenceBefore { get; private set; }

        /// <summary>Builds the post, numbers it after <paramref name="sequence"/> and adds it to the writer's context, unsaved.</summary>
        /// <returns>The chat's last sequence after this post.</returns>
        public async Task<long> BuildAsync(PostBatch batch, long sequence)
        {
            var post = await build(batch);
            post.ChatId = ChatId;
            post.AuthorId = AuthorId;
            _post = post;
            var last = Renumber(batch.Db, sequence);
            batch.Add(post);
            return last;
        }

        /// <summary>Runs the builder's checks for a post that cannot be written: what they refuse, they refuse in their words.</summary>
        public Task BuildOnlyAsync(PostBatch batch) => build(batch);

        /// <summary>Numbers the built post after <paramref name="sequence"/> (again, after a refused save) and adds it to <paramref name="db"/>.</summary>
        /// <returns>The chat's last sequence after this post.</returns>
        public long Renumber(AppDbContext db, long sequence)
        {
            var post = _post!;
            FirstSequenceBefore = sequence;
            post.Sequence = post.Held ? null : sequence + 1;
            post.Id = 0;
            foreach (var tag in post.Tags)
            {
                tag.PostId = 0;
            }

            db.Posts.Add(post);
            return post.Sequence ?? sequence;
        }

        public override void Complete() => Done.TrySetResult(_post!);

        public override void Fail(Exception e) => Done.TrySetException(e);
    }

    /// <summary>A small write without a number, behind a savepoint of its own.</summary>
    private sealed class ChangeJob(int chatId, Func<AppDbContext, Task> change) : Job(chatId)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync(AppDbContext db, IDbContextTransaction transaction)
        {
            await transaction.CreateSavepointAsync(nameof(ChangeJob));
            try
            {
                await change(db);
            }
            catch (Exception e) when (e is DbException or DbUpdateException)
            {
                await transaction.RollbackToSavepointAsync(nameof(ChangeJob));
                throw new DbUpdateException(e.Message, e);
            }

            await transaction.ReleaseSavepointAsync(nameof(ChangeJob));
        }

        public override void Complete() => Done.TrySetResult();

        public override void Fail(Exception e) => Done.TrySetException(e);
    }

    /// <summary>A queue and whether a writer is draining it; the first post into an idle lane starts one.</summary>
    private sealed class Lane
    {
        private readonly Queue<Job> _queue = new();
        private bool _draining;

        /// <summary>Whether a writer is draining this lane (it stops once the lane is empty).</summary>
        public bool Busy
        {
            get
            {
                lock (_queue)
                {
                    return _draining;
                }
            }
        }

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
        public bool Enqueue(Job job)
        {
            lock (_queue)
            {
                _queue.Enqueue(job);
                if (_draining)
                {
                    return false;
                }

                _draining = true;
                return true;
            }
        }

        /// <returns>What is queued (at most <see cref="MaxBatch"/>), or null when the lane is empty and the writer stops.</returns>
        public List<Job>? TakeBatch()
        {
            lock (_queue)
            {
                if (_queue.Count == 0)
                {
                    _draining = false;
                    return null;
                }

                var batch = new List<Job>(Math.Min(_queue.Count, MaxBatch));
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var job))
                {
                    batch.Add(job);
                }

                return batch;
            }
        }
    }
}
