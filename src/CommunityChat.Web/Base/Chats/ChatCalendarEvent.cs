using CommunityChat.Core.Calendar;
using CommunityChat.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Base.Chats;

/// <summary>
/// A chat as a calendar event, the same in the chat's own file (<c>/api/chats/{id}/calendar.ics</c>, rule 30) and in
/// the community's feed (<c>/c/{community}/calendar.ics</c>): one UID, so a person who subscribes to the feed and adds
/// one chat has it once, and the plan version as SEQUENCE, so a changed plan replaces the copy a calendar holds.
/// </summary>
public static class ChatCalendarEvent
{
    /// <summary>"chat-7@chat.example": stable for the chat's life, whatever its title or time.</summary>
    public static string Uid(int chatId, Uri site) => $"chat-{chatId}@{site.Host}";

    /// <summary>The event: "Title #Hashtag", the planned time and length, the topic and guests, the chat's address.</summary>
    public static CalendarEvent For(Facts chat, Uri site, IStringLocalizer<SharedResource> t, int? reminderMinutes)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(t);
        var start = new DateTimeOffset(DateTime.SpecifyKind(chat.ScheduledStart, DateTimeKind.Utc));
        var summary = string.IsNullOrEmpty(chat.Hashtag) ? chat.Title : $"{chat.Title} #{chat.Hashtag}";
        var description = chat.Topic.Trim();
        if (chat.Guests.Count > 0)
        {
            var guests = $"{t[chat.Guests.Count == 1 ? "Guest:" : "Guests:"]} {string.Join(", ", chat.Guests)}";
            description = description.Length == 0 ? guests : description + "\n\n" + guests;
        }

        return new CalendarEvent(
            Uid(chat.Id, site),
            start,
            start.AddMinutes(chat.DurationMinutes),
            summary,
            description,
            new Uri(site, chat.Url.TrimStart('/')),
            chat.PlanVersion,
            reminderMinutes);
    }

    /// <summary>What the event is made of; <see cref="Url"/> is the chat's site-relative address.</summary>
    public sealed record Facts(
        int Id, string Title, string Hashtag, string Topic, IReadOnlyList<string> Guests, DateTime ScheduledStart, int DurationMinutes,
        string Url, int PlanVersion);
}
