using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Moderation;

/// <summary>/c/{community}/bans: active bans with "Lift ban", and the ended ones below (SPEC rule 8). Moderators only.</summary>
[Authorize]
public sealed class BansModel(CommunityReader communities, ModerationService moderation, IStringLocalizer<SharedResource> t) : PageModel
{
    public CommunityDto Community { get; private set; } = null!;

    public IReadOnlyList<BanDto> Active { get; private set; } = [];

    public IReadOnlyList<BanDto> Ended { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string community)
    {
        try
        {
            Community = await communities.GetAsync(community);
            (Active, Ended) = await moderation.BansAsync(community, User.UserId());
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

    public async Task<IActionResult> OnPostLiftAsync(string community, string handle)
    {
        try
        {
            await moderation.LiftBanAsync(community, handle, User.UserId());
            Message = t["The ban on @{0} is lifted.", handle];
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
        }

        return await OnGetAsync(community);
    }
}
