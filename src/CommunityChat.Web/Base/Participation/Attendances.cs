using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Base.Participation;

/// <summary>
/// Who took part in which chats (SPEC rule 32), as more than one feature reads it: a profile's count per community and
/// a recap's newcomers. The rows are kept from the posts by <see cref="AttendanceKeeping"/>, so they never disagree
/// with the transcripts.
/// </summary>
public sealed class Attendances(AppDbContext db)
{
    /// <summary>Per community, how many of its ended chats a person took part in (a profile), most first.</summary>
    public async Task<IReadOnlyList<CommunityAttendance>> PerCommunityAsync(int personId, CancellationToken cancellationToken = default)
    {
        var rows = await db.PersonAttendances.AsNoTracking()
            .Where(a => a.UserId == personId)
            .Join(db.Communities, a => a.CommunityId, c => c.Id, (a, c) => new { c.Slug, c.Name, a.Chats })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new CommunityAttendance(r.Slug, r.Name, r.Chats))
            .OrderByDescending(r => r.Chats).ThenBy(r => r.CommunityName, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>
    /// The handles of a chat's newcomers: for an ended chat, those for whom it was the first; for one still running,
    /// those who took part in it and in no ended chat of the community (the recap's thank-you line).
    /// </summary>
    public async Task<IReadOnlySet<string>> NewcomersOfAsync(int communityId, int chatId, CancellationToken cancellationToken = default)
    {
        var ended = await db.Chats.AnyAsync(c => c.Id == chatId && c.Status == ChatStatus.Ended, cancellationToken);
        var newcomers = ended
            ? db.PersonAttendances.Where(a => a.FirstChatId == chatId).Select(a => a.UserId)
            : db.Posts.Where(AttendanceKeeping.Counted)
                .Where(p => p.ChatId == chatId && !db.PersonAttendances.Any(a => a.CommunityId == communityId && a.UserId == p.AuthorId))
                .Select(p => p.AuthorId);
        var handles = await db.Users.AsNoTracking().Where(u => newcomers.Contains(u.Id)).Select(u => u.UserName!).ToListAsync(cancellationToken);
        return handles.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
