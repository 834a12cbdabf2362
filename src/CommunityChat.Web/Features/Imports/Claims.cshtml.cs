using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Imports;

/// <summary>/c/{community}/claims: the community's moderators confirm or decline claims on imported profiles.</summary>
[Authorize]
public sealed class ClaimsModel(CommunityReader communities, ClaimService claims) : PageModel
{
    public CommunityDto Community { get; private set; } = null!;

    public IReadOnlyList<ClaimDto> Pending { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string community)
    {
        try
        {
            Community = await communities.GetAsync(community);
            Pending = await claims.PendingAsync(community, User.UserId());
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

    public async Task<IActionResult> OnPostAsync(string community, int id, bool confirm)
    {
        try
        {
            var decided = await claims.DecideAsync(id, User.UserId(), confirm);
            Message = decided.Status == Data.ClaimStatus.Confirmed ? decided.Claimant : null;
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
        }

        return await OnGetAsync(community);
    }
}
