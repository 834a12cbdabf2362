using CommunityChat.Core.Calendar;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// GET /api/chats/{id}/calendar.ics: the chat as one calendar event with a 15-minute reminder (SPEC rule 30), in the
/// community's zone (TZID). A draft has no calendar file, for anyone: it is not on the schedule yet. The event is the
/// one the community's feed (<c>/c/{community}/calendar.ics</c>) holds, with the same UID.
/// </summary>
public static class ChatCalendar
{
    public const int ReminderMinutes = 15;

    public static async Task<FileContentHttpResult> GetAsync(
        int id, HttpContext context, ChatReader chats, CommunityReader communities, TimeProvider clock, IStringLocalizer<SharedResource> t)
    {
        var chat = await chats.GetAsync(id, userId: null);
        var site = new Uri(PublicUrl.Of(context) + "/");
        var plan = await chats.LoadAsync(id);
        var community = await communities.GetAsync(chat.CommunitySlug);
        var calendarEvent = ChatCalendarEvent.For(
            new ChatCalendarEvent.Facts(chat.Id, chat.Title, chat.Hashtag, chat.Topic, [.. chat.Guests.Select(g => g.DisplayName)],
                chat.ScheduledStart, chat.DurationMinutes, chat.Url, plan.PlanVersion),
            site, t, ReminderMinutes);
        var options = new CalendarOptions(Zone: CommunityTime.Zone(community.TimeZone));
        var text = ICalendarWriter.Write([calendarEvent], clock.GetUtcNow(), options);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", chat.Slug + ".ics");
    }
}
