using System.Globalization;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// The moderator's planning form: the card, the schedule in the community's time zone, guests and questions. At
/// /c/{community}/plan it plans a new chat; at /c/{community}/{chat}/plan it changes that chat's plan (SPEC rule 27),
/// from the version it showed, and its Schedule handler turns a draft into a scheduled chat.
/// </summary>
[Authorize]
public sealed class PlanModel(
    CommunityReader communities,
    ChatReader chats,
    ChatPlanning planning,
    PlanChanges changes,
    ChatSeries series,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public const int QuestionRows = 8;

    /// <summary>The second address of this page: editing a chat's plan.</summary>
    public const string EditRoute = "c/{community}/{chat}/plan";

    public CommunityDto Community { get; private set; } = null!;

    /// <summary>The chat whose plan is being changed, or null for a new plan.</summary>
    public ChatDto? Chat { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public PlanForm Form { get; set; } = new();

    public bool IsLive => Chat?.Status == ChatStatus.Live;

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(Community.TimeZone);

    /// <summary>Whether question <paramref name="number"/> of the chat being edited has been asked (it can't move).</summary>
    public bool IsAsked(int number) => Chat?.Questions.Any(q => q.Number == number && q.AskedAt is not null) == true;

    public async Task<IActionResult> OnGetAsync(string community, string? chat)
    {
        if (await LoadAsync(community, chat) is { } denied)
        {
            return denied;
        }

        if (Chat is not null)
        {
            Form = PlanForm.From(Chat, Zone);
            if (Chat.Status == ChatStatus.Ended)
            {
                Error = t["This chat has ended: its plan can't change any more."];
            }

            return Page();
        }

        var next = await planning.NextSlotAsync(community, Zone);
        var tomorrow = TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Zone).Date.AddDays(1).AddHours(17);
        Form = new PlanForm
        {
            Start = next?.LocalStart ?? tomorrow,
            DurationMinutes = next?.DurationMinutes ?? PlanRules.DefaultDurationMinutes,
            Hashtag = Community.Hashtag,
            Format = t["{0} questions directed at the guest. Everyone's welcome to share.", QuestionRows],
        };
        return Page();
    }

    /// <param name="arrange">Set by the question rows' buttons: the form comes back rearranged, nothing saved.</param>
    public async Task<IActionResult> OnPostAsync(string community, string? chat, string? arrange)
    {
        if (await LoadAsync(community, chat) is { } denied)
        {
            return denied;
        }

        if (arrange is not null)
        {
            Form.Arrange(arrange, IsAsked);
            ModelState.Clear();
            return Page();
        }

        try
        {
            var saved = Chat is null
                ? await planning.CreateAsync(User.UserId(), community, ToRequest())
                : await changes.ChangeAsync(Chat.Id, User.UserId(), ToRequest(), Form.PlanVersion);
            return LocalRedirect(saved.Url + "/moderate");
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
            return Page();
        }
    }

    /// <summary>"Schedule" on a draft (community page, console): it goes on the community page as it is.</summary>
    public async Task<IActionResult> OnPostScheduleAsync(string community, string? chat, string? returnUrl)
    {
        if (await LoadAsync(community, chat) is { } denied)
        {
            return denied;
        }

        if (Chat is null)
        {
            return NotFound();
        }

        try
        {
            await changes.ChangeAsync(Chat.Id, User.UserId(), new PlanChatRequest(null, null, null, null, null, null, null, null, null, Draft: false), null);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : CommunityReader.Url(community));
        }
        catch (Refusal refusal)
        {
            Form = PlanForm.From(Chat, Zone);
            Error = refusal.Message;
            return Page();
        }
    }

    /// <summary>
    /// "Plan the next one" (SPEC rule 25; community page, console, an ended chat's page): a draft a week later, and the
    /// plan form to fill it in.
    /// </summary>
    public async Task<IActionResult> OnPostNextAsync(string community, string? chat)
    {
        if (await LoadAsync(community, chat) is { } denied)
        {
            return denied;
        }

        if (Chat is null)
        {
            return NotFound();
        }

        try
        {
            var next = await series.PlanNextAsync(Chat.Id, User.UserId());
            return LocalRedirect(next.Url + "/plan");
        }
        catch (Refusal refusal)
        {
            Form = PlanForm.From(Chat, Zone);
            Error = refusal.Message;
            return Page();
        }
    }

    /// <summary>The form as a plan. Fields it shows read-only (a live chat's schedule) come back as they were: unchanged.</summary>
    private PlanChatRequest ToRequest()
    {
        var local = Form.Start is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Unspecified) : (DateTime?)null;
        if (local is { } skipped && Zone.IsInvalidTime(skipped))
        {
            throw Refusal.BadRequest(t["{0} doesn't exist in {1}: the clocks jump forward then. Pick another time.", skipped.ToString("g", CultureInfo.CurrentCulture), Community.TimeZone]);
        }

        // The form shows minutes: a start saved with seconds comes back without them, and that is not a change.
        DateTimeOffset? start = local is { } valid && (Chat is null || valid != PlanForm.LocalStart(Chat, Zone))
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(valid, Zone))
            : Chat is null ? null : new DateTimeOffset(Chat.ScheduledStart, TimeSpan.Zero);
        // An emptied row removes its question, except in a draft, whose questions wait to be written (SPEC rule 25):
        // there it stays, and scheduling names it.
        var keepEmpty = Chat is null ? Form.Draft : Chat.Status == ChatStatus.Draft;
        var questions = Form.Questions
            .Select((q, i) => (q, Number: i + 1))
            .Where(x => (x.q.Planned && keepEmpty) || !string.IsNullOrWhiteSpace(x.q.Text))
            .Select(x => new PlannedQuestion(x.Number, x.q.Text, x.q.OffsetMinutes))
            .ToList();
        var guests = (Form.Guests ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new PlanChatRequest(
            Form.Title ?? "", Form.Topic ?? "", Form.Format ?? "", Form.Hashtag ?? "", start, Form.DurationMinutes, guests, questions, Form.Autopilot, Form.Draft);
    }

    private async Task<IActionResult?> LoadAsync(string slug, string? chatSlug)
    {
        if (await communities.FindForAsync(slug, User.UserId()) is not { } found)
        {
            return NotFound();
        }

        Community = found.Community;
        if (chatSlug is not null)
        {
            if (await chats.FindBySlugAsync(slug, chatSlug, User.UserId()) is not { } chat)
            {
                return NotFound();
            }

            Chat = chat.Chat;
        }

        return found.Viewer.IsModerator ? null : Forbid();
    }
}
