using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Moderation;

/// <summary>/c/{community}/audit: the audit log (SPEC rule 8), newest first, 50 a page, filtered by action and moderator.</summary>
[Authorize]
public sealed class AuditModel(CommunityReader communities, ModerationService moderation) : PageModel
{
    public CommunityDto Community { get; private set; } = null!;

    public AuditPage Log { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "moderator")]
    public string? Moderator { get; set; }

    /// <summary>From <c>?page=</c>, read by hand: Razor Pages keeps a route value of its own named "page".</summary>
    public int PageNumber { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(string community)
    {
        try
        {
            Community = await communities.GetAsync(community);
            PageNumber = int.TryParse(Request.Query["page"], out var number) ? Math.Max(1, number) : 1;
            Log = await moderation.AuditPageAsync(community, User.UserId(), ActionFilter, Moderator, PageNumber);
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

    /// <summary>The address of another page of the log, with the same filters.</summary>
    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["action"] = string.IsNullOrWhiteSpace(ActionFilter) ? null : ActionFilter,
        ["moderator"] = string.IsNullOrWhiteSpace(Moderator) ? null : Moderator,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();
}
