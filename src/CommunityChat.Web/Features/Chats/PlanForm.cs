using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Data;

namespace CommunityChat.Web.Features.Chats;

/// <summary>What the plan form posts: a chat's plan with its start in the community's local time.</summary>
public sealed class PlanForm
{
    public string? Title { get; set; }

    public string? Topic { get; set; }

    public string? Format { get; set; }

    public string? Hashtag { get; set; }

    public DateTime? Start { get; set; }

    public int? DurationMinutes { get; set; } = PlanRules.DefaultDurationMinutes;

    public string? Guests { get; set; }

    public bool Autopilot { get; set; }

    public bool Draft { get; set; }

    /// <summary>The plan's version the form showed (editing only): a save from an older one is refused, not lost.</summary>
    public int? PlanVersion { get; set; }

    public List<PlanQuestionRow> Questions { get; set; } =
        Enumerable.Range(0, PlanModel.QuestionRows).Select(i => new PlanQuestionRow { OffsetMinutes = i * 7 }).ToList();

    /// <summary>The chat's plan in the form, a row per question number and two spare rows to add to it.</summary>
    public static PlanForm From(ChatDto chat, TimeZoneInfo zone)
    {
        var rows = Math.Max(PlanModel.QuestionRows, (chat.Questions.Count == 0 ? 0 : chat.Questions.Max(q => q.Number)) + 2);
        return new PlanForm
        {
            Title = chat.Title,
            Topic = chat.Topic,
            Format = chat.Format,
            Hashtag = chat.Hashtag,
            Start = LocalStart(chat, zone),
            DurationMinutes = chat.DurationMinutes,
            Guests = string.Join(", ", chat.Guests.Select(g => g.Handle)),
            Autopilot = chat.Autopilot,
            Draft = chat.Status == ChatStatus.Draft,
            PlanVersion = chat.PlanVersion,
            Questions = Enumerable.Range(1, Math.Min(rows, 99))
                .Select(n => chat.Questions.FirstOrDefault(q => q.Number == n) is { } q
                    ? new PlanQuestionRow { Text = q.Text, OffsetMinutes = q.OffsetMinutes }
                    : new PlanQuestionRow())
                .ToList(),
        };
    }

    /// <summary>The chat's start in the community's time, to the minute, as the form's field holds it.</summary>
    public static DateTime LocalStart(ChatDto chat, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(chat.ScheduledStart, DateTimeKind.Utc), zone);
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
    }
}

public sealed class PlanQuestionRow
{
    public string? Text { get; set; }

    public int? OffsetMinutes { get; set; }
}
