namespace CommunityChat.Core.Calendar;

/// <summary>
/// One event of an iCalendar file: a chat on someone's calendar (SPEC rule 30). Times are instants; the writer puts
/// them in UTC. <see cref="Sequence"/> grows with every change to the plan, so calendar apps replace their copy.
/// </summary>
public sealed record CalendarEvent(
    string Uid,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    string Description,
    Uri Url,
    int Sequence = 0,
    int? ReminderMinutes = 15);
