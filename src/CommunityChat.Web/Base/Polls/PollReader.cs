using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Base.Polls;

/// <summary>
/// The one way polls are read (the room's Join, GET /api/chats/{id}/polls, broadcasts, the transcript). It applies
/// rule 9 every time: results while open only to moderators and to those who voted, to everyone once closed. A poll
/// is closed when its time is up or its chat has ended.
/// </summary>
public sealed class PollReader(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<PollDto>> ForChatAsync(int chatId, Viewer viewer)
    {
        var polls = await db.Polls.AsNoTracking().Where(p => p.ChatId == chatId).OrderBy(p => p.Id).ToListAsync();
        return await ToDtosAsync(polls, viewer);
    }

    public async Task<PollDto?> FindAsync(long pollId, Viewer viewer)
    {
        var poll = await db.Polls.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId);
        return poll is null ? null : (await ToDtosAsync([poll], viewer))[0];
    }

    /// <summary>
    /// Who voted and is not a moderator of the poll's community: they get live counts as themselves
    /// (moderators get them through their group, once).
    /// </summary>
    public async Task<IReadOnlyList<int>> VotersOutsideModerationAsync(long pollId)
    {
        var communityId = db.Polls.Where(p => p.Id == pollId).Join(db.Chats, p => p.ChatId, c => c.Id, (_, c) => c.CommunityId);
        return await db.PollVotes.Where(v => v.PollId == pollId)
            .Where(v => !db.CommunityModerators.Any(m => communityId.Contains(m.CommunityId) && m.UserId == v.UserId))
            .Where(v => !db.Users.Any(u => u.Id == v.UserId && u.IsAdmin))
            .Select(v => v.UserId)
            .ToListAsync();
    }

    private async Task<IReadOnlyList<PollDto>> ToDtosAsync(IReadOnlyList<Poll> polls, Viewer viewer)
    {
        if (polls.Count == 0)
        {
            return [];
        }

        var ids = polls.Select(p => p.Id).ToList();
        var chatIds = polls.Select(p => p.ChatId).Distinct().ToList();
        var ended = await db.Chats.Where(c => chatIds.Contains(c.Id) && c.Status == ChatStatus.Ended).Select(c => c.Id).ToListAsync();
        var counts = await db.PollVotes.Where(v => ids.Contains(v.PollId))
            .GroupBy(v => new { v.PollId, v.Option })
            .Select(g => new { g.Key.PollId, g.Key.Option, Count = g.Count() })
            .ToListAsync();
        var mine = viewer.UserId is { } userId
            ? await db.PollVotes.Where(v => v.UserId == userId && ids.Contains(v.PollId)).ToDictionaryAsync(v => v.PollId, v => v.Option)
            : [];
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. polls.Select(p =>
        {
            var closed = p.ClosesAt <= now || ended.Contains(p.ChatId);
            var voted = mine.TryGetValue(p.Id, out var myVote);
            var show = closed || voted || viewer.IsModerator;
            var perOption = show
                ? p.Options.Select((_, i) => counts.Where(c => c.PollId == p.Id && c.Option == i).Sum(c => c.Count)).ToList()
                : null;
            return new PollDto(p.Id, p.ChatId, p.Question, p.Options, p.OpensAt, p.ClosesAt, closed, perOption, perOption?.Sum(), voted, voted ? myVote : null);
        })];
    }
}
