using CommunityChat.Core.Calendar;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Archive;

/// <summary>
/// /c/{community}/calendar.ics: the community's schedule as an iCalendar feed to subscribe to (SPEC section 4, rules
/// 16 and 30). It holds the scheduled and live chats and those that ended in the last <see cref="EndedDays"/> days
/// (so a calendar keeps last week's chat instead of seeing it vanish), never drafts. Each event is the chat's own
/// calendar file's event (<see cref="ChatCalendarEvent"/>: same UID, SEQUENCE from the plan version), written in the
/// community's zone, without the file's reminder: a subscribed calendar that rang for every chat would be unsubscribed.
/// </summary>
public static class CommunityCalendar
{
    public const int EndedDays = 30;

    public const int MaxEvents = 500;

    /// <summary>How often a subscribed calendar should fetch the feed again.</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromHours(1);

    public static IEndpointRouteBuilder MapCommunityCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGet("/c/{community}/calendar.ics", WriteAsync).WithTags("Feeds");
        return app;
    }

    private static async Task<IResult> WriteAsync(
        string community, HttpContext context, CommunityReader communities, AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> t)
    {
        CommunityDto found;
        try
        {
            found = await communities.GetAsync(community);
        }
        catch (Refusal)
        {
            return Results.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var endedSince = now.AddDays(-EndedDays);
        var chats = await db.Chats.AsNoTracking()
            .Where(c => c.Community.Slug == found.Slug
                && (c.Status == ChatStatus.Scheduled || c.Status == ChatStatus.Live || (c.Status == ChatStatus.Ended && c.EndedAt >= endedSince)))
            .OrderByDescending(c => c.ScheduledStart)
            .Take(MaxEvents)
            .Select(c => new
            {
                c.Id,
                c.Slug,
                c.Title,
                c.Hashtag,
                c.Topic,
                c.ScheduledStart,
                c.DurationMinutes,
                c.PlanVersion,
                Guests = c.Guests.OrderBy(g => g.User.DisplayName).Select(g => g.User.DisplayName).ToList(),
            })
            .ToListAsync();

        var site = new Uri(PublicUrl.Of(context) + "/");
        var events = chats
            .OrderBy(c => c.ScheduledStart)
            .Select(c => ChatCalendarEvent.For(
                new ChatCalendarEvent.Facts(c.Id, c.Title, c.Hashtag, c.Topic, c.Guests, c.ScheduledStart, c.DurationMinutes,
                    ChatUrl.For(found.Slug, c.Slug), c.PlanVersion),
                site, t, reminderMinutes: null));
        var options = new CalendarOptions(found.Name, CommunityTime.Zone(found.TimeZone), Refresh);
        var text = ICalendarWriter.Write(events, clock.GetUtcNow(), options);
        return Results.Bytes(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8");
    }
}
