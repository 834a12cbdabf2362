using CommunityChat.Core.Calendar;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// GET /api/chats/{id}/calendar.ics: the chat as one calendar event with a 15-minute reminder (SPEC rule 30). A draft
/// has no calendar file, for anyone: it is not on the schedule yet.
/// </summary>
public static class ChatCalendar
{
    public const int ReminderMinutes = 15;

    public static async Task<FileContentHttpResult> GetAsync(int id, HttpContext context, ChatReader chats, TimeProvider clock)
    {
        var chat = await chats.GetAsync(id, userId: null);
        var site = new Uri(PublicUrl.Of(context) + "/");
        var plan = await chats.LoadAsync(id);
        var start = new DateTimeOffset(chat.ScheduledStart, TimeSpan.Zero);
        var summary = string.IsNullOrEmpty(chat.Hashtag) ? chat.Title : $"{chat.Title} #{chat.Hashtag}";
        var calendarEvent = new CalendarEvent(
            $"chat-{chat.Id}@{site.Host}",
            start,
            start.AddMinutes(chat.DurationMinutes),
            summary,
            chat.Topic,
            new Uri(site, chat.Url.TrimStart('/')),
            plan.PlanVersion,
            ReminderMinutes);
        var text = ICalendarWriter.Write([calendarEvent], clock.GetUtcNow());
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", chat.Slug + ".ics");
    }
}
