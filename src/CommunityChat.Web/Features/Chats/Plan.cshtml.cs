using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Chats;

/// <summary>The moderator's planning form: the card, the schedule in the community's time zone, guests and questions.</summary>
[Authorize]
public sealed class PlanModel(
    CommunityReader communities,
    ChatPlanning planning,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public const int QuestionRows = 8;

    public CommunityDto Community { get; private set; } = null!;

    public string? Error { get; private set; }

    [BindProperty]
    public PlanForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string community)
    {
        if (await LoadAsync(community) is { } denied)
        {
            return denied;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(Community.TimeZone);
        var tomorrow = TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone).Date.AddDays(1).AddHours(17);
        Form = new PlanForm { Start = tomorrow, Hashtag = Community.Hashtag, Format = t["{0} questions directed at the guest. Everyone's welcome to share.", QuestionRows] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string community)
    {
        if (await LoadAsync(community) is { } denied)
        {
            return denied;
        }

        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(Community.TimeZone);
            var local = Form.Start is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Unspecified) : (DateTime?)null;
            if (local is { } skipped && zone.IsInvalidTime(skipped))
            {
                throw Refusal.BadRequest(t["{0} doesn't exist in {1}: the clocks jump forward then. Pick another time.", skipped.ToString("g", System.Globalization.CultureInfo.CurrentCulture), Community.TimeZone]);
            }

            DateTimeOffset? start = local is { } valid ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(valid, zone)) : null;
            var questions = Form.Questions
                .Select((q, i) => (q, Number: i + 1))
                .Where(x => !string.IsNullOrWhiteSpace(x.q.Text))
                .Select(x => new PlannedQuestion(x.Number, x.q.Text, x.q.OffsetMinutes))
                .ToList();
            var guests = (Form.Guests ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var chat = await planning.CreateAsync(User.UserId(), community, new PlanChatRequest(
                Form.Title, Form.Topic, Form.Format, Form.Hashtag, start, Form.DurationMinutes, guests, questions, Form.Autopilot, Form.Draft));
            return LocalRedirect(chat.Url + "/moderate");
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string slug)
    {
        if (await communities.FindForAsync(slug, User.UserId()) is not { } found)
        {
            return NotFound();
        }

        Community = found.Community;
        return found.Viewer.IsModerator ? null : Forbid();
    }
}

public sealed class PlanForm
{
    public string? Title { get; set; }

    public string? Topic { get; set; }

    public string? Format { get; set; }

    public string? Hashtag { get; set; }

    public DateTime? Start { get; set; }

    public int DurationMinutes { get; set; } = 60;

    public string? Guests { get; set; }

    public bool Autopilot { get; set; }

    public bool Draft { get; set; }

    public List<PlanQuestionRow> Questions { get; set; } =
        Enumerable.Range(0, PlanModel.QuestionRows).Select(i => new PlanQuestionRow { OffsetMinutes = i * 7 }).ToList();
}

public sealed class PlanQuestionRow
{
    public string? Text { get; set; }

    public int? OffsetMinutes { get; set; }
}
