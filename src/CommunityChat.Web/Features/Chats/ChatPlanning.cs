using CommunityChat.Core.Calendar;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Chats;

/// <summary>Planning a chat: its card, schedule, guests and numbered questions. Changing a plan is <see cref="PlanChanges"/>.</summary>
public sealed class ChatPlanning(
    AppDbContext db,
    Permissions permissions,
    CommunityReader communities,
    ChatReader chats,
    AuditLog audit,
    ChatSlugs slugs,
    PlanRules rules,
    TimeProvider clock)
{
    public async Task<ChatDto> CreateAsync(int? userId, string communitySlug, PlanChatRequest request)
    {
        var community = await communities.FindAsync(communitySlug);
        var hostId = await permissions.RequireModeratorAsync(userId, community.Id);

        var title = rules.Title(request.Title);
        var hashtag = rules.Hashtag(request.Hashtag, community.Hashtag);
        var start = rules.Start(request.ScheduledStart);
        var duration = rules.Duration(request.DurationMinutes);
        var chat = new Chat
        {
            CommunityId = community.Id,
            Slug = await slugs.UniqueAsync(community.Id, title, start),
            Title = title,
            Topic = PlanRules.Limit(request.Topic),
            Format = PlanRules.Limit(request.Format),
            Hashtag = hashtag,
            Status = request.Draft == true ? ChatStatus.Draft : ChatStatus.Scheduled,
            ScheduledStart = start,
            DurationMinutes = duration,
            Autopilot = request.Autopilot ?? false,
            HostId = hostId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Questions = rules.Questions(request.Questions ?? [], duration, community.MaxPostLength, draft: request.Draft == true),
        };
        foreach (var guestId in await rules.GuestsAsync(request.Guests ?? []))
        {
            chat.Guests.Add(new ChatGuest { UserId = guestId });
        }

        db.Chats.Add(chat);
        audit.Record(community.Id, null, hostId, "chat.planned", chat.Slug);
        await db.SaveChangesAsync();
        return await chats.GetAsync(chat.Id, hostId);
    }

    /// <summary>
    /// What the plan form proposes for a new chat (SPEC rule 27): the weekday and local time of the community's last
    /// chat at its next occurrence, and that chat's length; null when the community has had no chat yet.
    /// </summary>
    public async Task<(DateTime LocalStart, int DurationMinutes)?> NextSlotAsync(string communitySlug, TimeZoneInfo zone)
    {
        var last = await db.Chats.AsNoTracking()
            .Where(c => c.Community.Slug == communitySlug)
            .OrderByDescending(c => c.ScheduledStart)
            .Select(c => new { c.ScheduledStart, c.DurationMinutes })
            .FirstOrDefaultAsync();
        return last is null
            ? null
            : (NextSlot.After(new DateTimeOffset(last.ScheduledStart, TimeSpan.Zero), clock.GetUtcNow(), zone), last.DurationMinutes);
    }
}
