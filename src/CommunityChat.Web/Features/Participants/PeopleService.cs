using CommunityChat.Core.People;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Participants;

/// <summary>
/// A community's people (SPEC rule 32) for its page and its API: the regulars, the last chat's newcomers, everyone a
/// page at a time, and the last chats' participants and returning rate. Read from the attendance rows the database
/// keeps in step with the posts (<see cref="AttendanceKeeping"/>), each part through an index.
/// </summary>
public sealed class PeopleService(AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public const int PageSize = 100;

    /// <summary>How many of the last chats the chart shows.</summary>
    public const int ChartChats = 12;

    public async Task<PeopleReport> ReadAsync(string slug, int page, PeopleSort sort, CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            throw Refusal.BadRequest(t["Pages are numbered from 1."]);
        }

        var community = await db.Communities.AsNoTracking().Where(c => c.Slug == slug).Select(c => new { c.Id, c.Slug }).FirstOrDefaultAsync(cancellationToken)
            ?? throw Refusal.NotFound(t["There is no such community."]);
        var chats = await db.Chats.AsNoTracking()
            .Where(c => c.CommunityId == community.Id && c.Status == ChatStatus.Ended)
            .OrderBy(c => c.StartedAt ?? c.ScheduledStart).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Title, c.Slug, c.EndedAt, When = c.StartedAt ?? c.ScheduledStart })
            .ToListAsync(cancellationToken);
        var members = db.PersonAttendances.AsNoTracking().Where(a => a.CommunityId == community.Id);
        var total = await members.CountAsync(cancellationToken);

        var regulars = await RegularsAsync(community.Id, [.. chats.TakeLast(PeopleFigures.RegularWindow).Select(c => c.Id)], cancellationToken);
        var lastId = chats.Count > 0 ? chats[^1].Id : 0;
        var newcomers = await members.Where(a => a.FirstChatId == lastId).ToListAsync(cancellationToken);
        var ordered = sort == PeopleSort.FirstChat
            ? members.OrderBy(a => a.FirstChatAt).ThenBy(a => a.FirstChatId).ThenByDescending(a => a.Chats)
            : members.OrderByDescending(a => a.Chats).ThenBy(a => a.FirstChatAt).ThenBy(a => a.FirstChatId);
        var everyone = await ordered.ThenBy(a => a.UserId).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);

        var shown = chats.TakeLast(ChartChats).Select(c => c.Id).ToList();
        var participants = await db.ChatAttendances.Where(a => shown.Contains(a.ChatId)).GroupBy(a => a.ChatId)
            .Select(g => new { ChatId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.ChatId, x => x.Count, cancellationToken);
        var firsts = await members.Where(a => shown.Contains(a.FirstChatId)).GroupBy(a => a.FirstChatId)
            .Select(g => new { ChatId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.ChatId, x => x.Count, cancellationToken);

        var ids = regulars.Concat(newcomers).Concat(everyone).Select(a => a.UserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToDictionaryAsync(u => u.Id, cancellationToken);
        PersonDto Person(PersonAttendance a) => new(names[a.UserId].UserName!, names[a.UserId].DisplayName, a.Chats, a.FirstChatId, a.LastChatId);

        var last = chats.TakeLast(ChartChats).Select(c =>
        {
            var count = participants.GetValueOrDefault(c.Id);
            var returning = count - firsts.GetValueOrDefault(c.Id);
            return new PeopleChatDto(c.Id, c.Title, c.EndedAt, count, returning, Math.Round(PeopleFigures.ReturningRate(count, returning), 4));
        }).ToList();
        var dto = new PeopleDto(
            [.. regulars.Select(Person)],
            [.. newcomers.Select(Person).OrderBy(p => p.Handle, StringComparer.OrdinalIgnoreCase)],
            [.. everyone.Select(Person)],
            total,
            last);
        var links = chats.ToDictionary(c => c.Id, c => new ChatLink(c.Title, ChatUrl.For(community.Slug, c.Slug), c.When));
        return new PeopleReport(dto, links, page, Math.Max(1, (total + PageSize - 1) / PageSize));
    }

    /// <summary>The list's order from its query parameter: <c>chats</c> (the default) or <c>first</c>.</summary>
    public PeopleSort ParseSort(string? sort) => sort switch
    {
        null or "" or "chats" => PeopleSort.Chats,
        "first" => PeopleSort.FirstChat,
        _ => throw Refusal.BadRequest(t["Sort by \"chats\" or \"first\"."]),
    };

    /// <summary>
    /// Those who took part in enough of the last chats, the banned left out: most of the recent chats first, then most
    /// chats, then the longest-standing.
    /// </summary>
    private async Task<List<PersonAttendance>> RegularsAsync(int communityId, List<int> recentChats, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recent = await db.ChatAttendances.Where(a => recentChats.Contains(a.ChatId))
            .Where(a => !db.Bans.Any(b => b.CommunityId == communityId && b.UserId == a.UserId && (b.Until == null || b.Until > now)))
            .GroupBy(a => a.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = recent.Where(r => PeopleFigures.IsRegular(r.Count)).ToDictionary(r => r.UserId, r => r.Count);
        var ids = counts.Keys.ToList();
        var rows = await db.PersonAttendances.AsNoTracking().Where(a => a.CommunityId == communityId && ids.Contains(a.UserId)).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(a => counts[a.UserId]).ThenByDescending(a => a.Chats).ThenBy(a => a.FirstChatAt).ThenBy(a => a.UserId)];
    }
}
