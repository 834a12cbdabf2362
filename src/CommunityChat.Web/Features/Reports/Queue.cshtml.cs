using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Reports;

/// <summary>/c/{community}/reports: the report queue (SPEC rule 8). Moderators hide, dismiss or ban in one click, each audited.</summary>
[Authorize]
public sealed class QueueModel(CommunityReader communities, ReportService reports, IStringLocalizer<SharedResource> t) : PageModel
{
    public CommunityDto Community { get; private set; } = null!;

    public IReadOnlyList<ReportItemDto> Open { get; private set; } = [];

    public IReadOnlyList<ReportItemDto> Handled { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string community)
    {
        try
        {
            Community = await communities.GetAsync(community);
            var all = await reports.QueueAsync(community, User.UserId());
            Open = all.Where(r => r.Status == Data.ReportStatus.Open).ToList();
            Handled = all.Where(r => r.Status != Data.ReportStatus.Open).ToList();
            return Page();
        }
        catch (Refusal refusal) when (refusal.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }
        catch (Refusal)
        {
            return Forbid();
        }
    }

    public Task<IActionResult> OnPostHideAsync(string community, long report) =>
        ActAsync(community, () => reports.HideAsync(report, User.UserId()), t["Hidden: the post is gone from everyone but moderators and its author."]);

    public Task<IActionResult> OnPostDismissAsync(string community, long report) =>
        ActAsync(community, () => reports.DismissAsync(report, User.UserId()), t["Dismissed: the post stays as it is."]);

    public Task<IActionResult> OnPostBanAsync(string community, long report) =>
        ActAsync(community, () => reports.BanAuthorAsync(community, report, User.UserId()), t["Banned until lifted; see the bans page to lift it."]);

    private async Task<IActionResult> ActAsync(string community, Func<Task> action, string done)
    {
        try
        {
            await action();
            Message = done;
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
        }

        return await OnGetAsync(community);
    }
}
