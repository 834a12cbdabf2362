using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Data;

namespace CommunityChat.Web.Features.Chats;

/// <summary>What the plan form posts: a chat's plan with its start in the community's local time.</summary>
public sealed class PlanForm
{
    /// <summary>Question numbers run to 99, so the form holds at most 99 rows.</summary>
    public const int MaxRows = 99;

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
            Questions = Enumerable.Range(1, Math.Min(rows, MaxRows))
                .Select(n => chat.Questions.FirstOrDefault(q => q.Number == n) is { } q
                    ? new PlanQuestionRow { Text = q.Text, OffsetMinutes = q.OffsetMinutes, Planned = true }
                    : new PlanQuestionRow())
                .ToList(),
        };
    }

    /// <summary>
    /// Rearranges the rows without saving (the form's "Move up", "Move down", "Remove" and "Add a question" buttons, which
    /// work without script): a move swaps a row's text with its neighbour's and the minutes stay with the numbers; a
    /// removed row is emptied, so the numbers after it stay; an added row is a planned question at the end.
    /// </summary>
    /// <returns>Whether <paramref name="arrange"/> was one of those ("up:3", "down:3", "remove:3", "add").</returns>
    public bool Arrange(string arrange, Func<int, bool> isAsked)
    {
        var parts = arrange.Split(':');
        if (parts is ["add"] && Questions.Count < MaxRows)
        {
            var last = Questions.Count == 0 ? null : Questions[^1].OffsetMinutes;
            Questions.Add(new PlanQuestionRow { Planned = true, OffsetMinutes = last is { } minute ? Math.Min(minute + 7, DurationMinutes ?? minute) : null });
            return true;
        }

        if (parts.Length != 2 || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var row) || row < 0 || row >= Questions.Count || isAsked(row + 1))
        {
            return false;
        }

        var other = parts[0] switch
        {
            "up" => row - 1,
            "down" => row + 1,
            _ => row,
        };
        if (parts[0] == "remove")
        {
            Questions[row] = new PlanQuestionRow();
            return true;
        }

        if (other == row || other < 0 || other >= Questions.Count || isAsked(other + 1))
        {
            return false;
        }

        var (a, b) = (Questions[row], Questions[other]);
        (a.Text, b.Text) = (b.Text, a.Text);
        (a.Planned, b.Planned) = (b.Planned, a.Planned);
        return true;
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

    /// <summary>
    /// A question the plan holds (or "Add a question" added): kept when its text is empty, which only a draft allows. A
    /// spare row left empty is skipped.
    /// </summary>
    public bool Planned { get; set; }

    public int? OffsetMinutes { get; set; }
}
