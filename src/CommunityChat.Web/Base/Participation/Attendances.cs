using System.Linq.Expressions;
using CommunityChat.Core.People;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Base.Participation;

/// <summary>
/// Who took part in which chat (SPEC rule 32), read from the posts themselves so the figures never disagree with the
/// transcripts: a person took part in a chat when they have a post there the public sees that is not a question
/// (hidden, held, rejected and deleted posts do not count). One query over the partial index
/// <c>IX_Posts_Attendance</c>, which holds exactly those posts, answers a whole community (docs/benchmarks.md).
/// </summary>
public sealed class Attendances(AppDbContext db, TimeProvider clock)
{
    /// <summary>The posts that make their author a participant; the same terms as the index's filter.</summary>
    public static readonly Expression<Func<Post, bool>> Counted =
        p => p.DeletedAt == null && p.Sequence != null && !p.Hidden && p.Kind != PostKind.Question;

    /// <summary>The community's ended chats (imported ones too), oldest first, and who took part in them.</summary>
    public async Task<PeopleFigures> FiguresAsync(int communityId, CancellationToken cancellationToken = default)
    {
        var chats = await db.Chats.AsNoTracking()
            .Where(c => c.CommunityId == communityId && c.Status == ChatStatus.Ended)
            .OrderBy(c => c.StartedAt ?? c.ScheduledStart).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var pairs = await db.Posts.AsNoTracking()
            .Where(Counted)
            .Where(p => chats.Contains(p.ChatId))
            .Select(p => new { p.ChatId, p.AuthorId })
            .Distinct()
            .ToListAsync(cancellationToken);
        return new PeopleFigures(chats, pairs.Select(p => new Attendance(p.ChatId, p.AuthorId)));
    }

    /// <summary>Those banned from the community now: they stay out of its regulars.</summary>
    public async Task<IReadOnlySet<int>> BannedAsync(int communityId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return (await db.Bans.AsNoTracking()
            .Where(b => b.CommunityId == communityId && (b.Until == null || b.Until > now))
            .Select(b => b.UserId)
            .ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>Per community, how many of its ended chats a person took part in (a profile), most first.</summary>
    public async Task<IReadOnlyList<CommunityAttendance>> PerCommunityAsync(int personId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Posts.AsNoTracking()
            .Where(Counted)
            .Where(p => p.AuthorId == personId)
            .Join(db.Chats.Where(c => c.Status == ChatStatus.Ended), p => p.ChatId, c => c.Id, (p, c) => new { c.CommunityId, p.ChatId })
            .Distinct()
            .GroupBy(x => x.CommunityId)
            .Select(g => new { CommunityId = g.Key, Chats = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.CommunityId).ToList();
        var communities = await db.Communities.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Slug, c.Name })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. rows
            .Select(r => new CommunityAttendance(communities[r.CommunityId].Slug, communities[r.CommunityId].Name, r.Chats))
            .OrderByDescending(r => r.Chats).ThenBy(r => r.CommunityName, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The handles and names of <paramref name="personIds"/>, for the few a page shows.</summary>
    public async Task<IReadOnlyDictionary<int, (string Handle, string DisplayName)>> NamesAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default) =>
        (await db.Users.AsNoTracking()
            .Where(u => personIds.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.DisplayName })
            .ToListAsync(cancellationToken))
        .ToDictionary(u => u.Id, u => (u.UserName!, u.DisplayName));
}
