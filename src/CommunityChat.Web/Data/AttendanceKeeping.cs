using System.Linq.Expressions;
using CommunityChat.Core.People;
using CommunityChat.Core.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CommunityChat.Web.Data;

/// <summary>
/// Keeps who took part in which ended chat (<see cref="ChatAttendance"/>) and each person's figures per community
/// (<see cref="PersonAttendance"/>) in step with the posts (SPEC rule 32), in the same transaction as the change, from
/// every SaveChanges: a chat that ends, an imported chat's posts, and a post of an ended chat hidden, unhidden, deleted
/// or moved to another author. A chat's rows are read again from its posts (a few hundred), and the figures of the
/// people it gained or lost are counted again from their attendance; nothing is counted per post while a chat is live.
/// Counting a whole community on each read was measured too slow (docs/benchmarks.md, docs/decisions.md).
/// </summary>
public static class AttendanceKeeping
{
    /// <summary>The posts that make their author a participant: published, not hidden, not deleted, not a question.</summary>
    public static readonly Expression<Func<Post, bool>> Counted =
        p => p.DeletedAt == null && p.Sequence != null && !p.Hidden && p.Kind != PostKind.Question;

    /// <summary>
    /// The chats whose attendance the pending changes may alter, found before SaveChanges accepts them and read after
    /// it (a new chat has its id only then).
    /// </summary>
    internal static List<Func<int>> Affected(AppDbContext db)
    {
        var chats = new List<Func<int>>();
        var tracked = db.ChangeTracker.Entries<Chat>().ToList();
        var ended = tracked.Where(c => c.Entity.Status == ChatStatus.Ended).Select(c => c.Entity.Id).ToHashSet();
        foreach (var entry in tracked)
        {
            if ((entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(c => c.Status).IsModified)) && entry.Entity.Status == ChatStatus.Ended)
            {
                var chat = entry.Entity;
                chats.Add(() => chat.Id);
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<Post>())
        {
            var post = entry.Entity;
            if (entry.State == EntityState.Modified && Changes(entry))
            {
                chats.Add(() => post.ChatId);
            }
            else if (entry.State == EntityState.Added && ended.Contains(post.ChatId))
            {
                // An import writes its posts into a chat it made ended; a live chat's new post changes nothing yet.
                chats.Add(() => post.ChatId);
            }
        }

        return chats;
    }

    /// <summary>Every ended chat where <paramref name="userId"/> has posts: after a profile's posts move to an account.</summary>
    public static async Task RefreshChatsOfAsync(AppDbContext db, int userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var chats = await db.Posts.Where(p => p.AuthorId == userId).Select(p => p.ChatId).Distinct().ToListAsync(cancellationToken);
        chats.AddRange(await db.ChatAttendances.Where(a => a.UserId == userId).Select(a => a.ChatId).ToListAsync(cancellationToken));
        await RefreshAsync(db, [.. chats.Distinct()], cancellationToken);
    }

    /// <summary>Reads the attendance of <paramref name="chatIds"/> again from their posts, and the figures of whoever it changed.</summary>
    internal static Task RefreshAsync(AppDbContext db, List<Func<int>> affected, CancellationToken cancellationToken) =>
        RefreshAsync(db, [.. affected.Select(chat => chat()).Distinct()], cancellationToken);

    private static async Task RefreshAsync(AppDbContext db, IReadOnlyCollection<int> chatIds, CancellationToken cancellationToken)
    {
        var chats = await db.Chats.AsNoTracking().Where(c => chatIds.Contains(c.Id)).Select(c => new { c.Id, c.CommunityId, c.Status }).ToListAsync(cancellationToken);
        foreach (var community in chats.GroupBy(c => c.CommunityId))
        {
            var ids = community.Select(c => c.Id).ToList();
            var ended = community.Where(c => c.Status == ChatStatus.Ended).Select(c => c.Id).ToList();
            if (ended.Count > 0)
            {
                // Two moderators acting on one ended chat at once refresh it one after the other: the chat's row is the
                // lock (PostgreSQL; SQLite's write lock is already held), as for posting.
                await db.Chats.Where(c => ended.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastSequence, c => c.LastSequence), cancellationToken);
            }

            var before = await db.ChatAttendances.Where(a => ids.Contains(a.ChatId)).Select(a => new { a.ChatId, a.UserId }).ToListAsync(cancellationToken);
            var after = await db.Posts.Where(Counted).Where(p => ended.Contains(p.ChatId)).Select(p => new { p.ChatId, UserId = p.AuthorId }).Distinct().ToListAsync(cancellationToken);
            if (before.Count == after.Count && before.ToHashSet().SetEquals(after))
            {
                continue;
            }

            await db.ChatAttendances.Where(a => ids.Contains(a.ChatId)).ExecuteDeleteAsync(cancellationToken);
            Forget(db.ChangeTracker.Entries<ChatAttendance>().Where(e => ids.Contains(e.Entity.ChatId)));
            db.ChatAttendances.AddRange(after.Select(a => new ChatAttendance { ChatId = a.ChatId, UserId = a.UserId, CommunityId = community.Key }));
            await db.SaveChangesWithoutKeepingAsync(cancellationToken);
            await CountPeopleAsync(db, community.Key, [.. before.Select(a => a.UserId).Concat(after.Select(a => a.UserId)).Distinct()], cancellationToken);
        }
    }

    /// <summary>Counts the figures of <paramref name="people"/> in a community again from their attendance.</summary>
    private static async Task CountPeopleAsync(AppDbContext db, int communityId, List<int> people, CancellationToken cancellationToken)
    {
        var order = await db.Chats.AsNoTracking()
            .Where(c => c.CommunityId == communityId && c.Status == ChatStatus.Ended)
            .OrderBy(c => c.StartedAt ?? c.ScheduledStart).ThenBy(c => c.Id)
            .Select(c => new { c.Id, When = c.StartedAt ?? c.ScheduledStart })
            .ToListAsync(cancellationToken);
        var when = order.ToDictionary(c => c.Id, c => c.When);
        foreach (var batch in people.Chunk(500))
        {
            var attendance = await db.ChatAttendances.AsNoTracking()
                .Where(a => a.CommunityId == communityId && batch.Contains(a.UserId))
                .Select(a => new Attendance(a.ChatId, a.UserId))
                .ToListAsync(cancellationToken);
            var figures = new PeopleFigures([.. order.Select(c => c.Id)], attendance);
            await db.PersonAttendances.Where(p => p.CommunityId == communityId && batch.Contains(p.UserId)).ExecuteDeleteAsync(cancellationToken);
            Forget(db.ChangeTracker.Entries<PersonAttendance>().Where(e => e.Entity.CommunityId == communityId && batch.Contains(e.Entity.UserId)));
            db.PersonAttendances.AddRange(batch.Select(figures.Person).OfType<PersonFigures>().Select(p => new PersonAttendance
            {
                CommunityId = communityId,
                UserId = p.PersonId,
                Chats = p.Chats,
                FirstChatId = p.FirstChatId,
                FirstChatAt = when[p.FirstChatId],
                LastChatId = p.LastChatId,
            }));
            await db.SaveChangesWithoutKeepingAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Rows deleted in the database (ExecuteDelete) are still in the tracker when the same context wrote them before
    /// (the demo data, an import writing post after post): forgotten, so their replacements can be tracked.
    /// </summary>
    private static void Forget<T>(IEnumerable<EntityEntry<T>> entries)
        where T : class
    {
        foreach (var entry in entries.ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static bool Changes(EntityEntry<Post> entry) =>
        entry.Property(p => p.Hidden).IsModified || entry.Property(p => p.DeletedAt).IsModified ||
        entry.Property(p => p.Sequence).IsModified || entry.Property(p => p.AuthorId).IsModified || entry.Property(p => p.Kind).IsModified;
}
