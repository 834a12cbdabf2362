using CommunityChat.Core.Calendar;
using CommunityChat.Core.Series;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// "Plan the next one" (SPEC rule 25): from any chat, a draft a week later at the same local time in the community's
/// zone, with the title's number one up (Core <see cref="SeriesTitle"/>), the same hashtag, format, length and
/// autopilot, and the same question numbers and minutes with their texts left to write; no topic and no guests.
/// <para>
/// A week on that is already past (the next one of an old chat), or that overlaps a chat the community already has,
/// moves on a week at a time, so planning the next one twice plans two successive weeks.
/// </para>
/// </summary>
public sealed class ChatSeries(
    AppDbContext db,
    Permissions permissions,
    ChatReader chats,
    AuditLog audit,
    ChatSlugs slugs,
    PlanRules rules,
    TimeProvider clock)
{
    /// <summary>How many weeks a free one is looked for; beyond, the last week looked at is taken.</summary>
    private const int MaxWeeks = 104;

    public async Task<ChatDto> PlanNextAsync(int chatId, int? userId)
    {
        var communityId = await chats.CommunityIdAsync(chatId);
        await chats.ViewerAsync(chatId, userId);
        var hostId = await permissions.RequireModeratorAsync(userId, communityId);
        var source = await chats.LoadAsync(chatId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(source.Community.TimeZone);

        var start = await FreeWeekAsync(source, zone);
        var title = rules.Title(SeriesTitle.Next(source.Title));
        var chat = new Chat
        {
            CommunityId = communityId,
            Slug = await slugs.UniqueAsync(communityId, title, start),
            Title = title,
            Format = source.Format,
            Hashtag = source.Hashtag,
            Status = ChatStatus.Draft,
            ScheduledStart = rules.Start(start),
            DurationMinutes = source.DurationMinutes,
            Autopilot = source.Autopilot,
            HostId = hostId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Questions = source.Questions
                .OrderBy(q => q.Number)
                .Select(q => new Question { Number = q.Number, Text = "", OffsetMinutes = q.OffsetMinutes })
                .ToList(),
        };
        db.Chats.Add(chat);
        audit.Record(communityId, null, hostId, "chat.planned", chat.Slug, $"next after {source.Slug}");
        await db.SaveChangesAsync();
        return await chats.GetAsync(chat.Id, hostId);
    }

    private async Task<DateTimeOffset> FreeWeekAsync(Chat source, TimeZoneInfo zone)
    {
        var from = Utc(source.ScheduledStart);
        var now = clock.GetUtcNow();
        var length = TimeSpan.FromMinutes(source.DurationMinutes);
        var later = await db.Chats.AsNoTracking()
            .Where(c => c.CommunityId == source.CommunityId && c.Id != source.Id && c.ScheduledStart > source.ScheduledStart)
            .Select(c => new { c.ScheduledStart, c.DurationMinutes })
            .ToListAsync();
        var taken = later.Select(c => (Start: Utc(c.ScheduledStart), End: Utc(c.ScheduledStart).AddMinutes(c.DurationMinutes))).ToList();

        // An old chat's next one is the first free week from now on: weeks already past are skipped at once.
        var first = Math.Max(1, (int)Math.Floor((now - from).TotalDays / 7));
        for (var weeks = first; ; weeks++)
        {
            var start = WeekLater.Of(from, zone, weeks);
            var end = start + length;
            var free = !taken.Any(c => c.Start < end && c.End > start);
            if ((start > now && free) || weeks >= first + MaxWeeks)
            {
                return start;
            }
        }
    }

    private static DateTimeOffset Utc(DateTime stored) => new(DateTime.SpecifyKind(stored, DateTimeKind.Utc));
}
