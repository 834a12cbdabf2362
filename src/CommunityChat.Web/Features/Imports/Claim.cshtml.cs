using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Imports;

/// <summary>/account/claim: ask for an imported profile (your tweets from past chats) to become yours.</summary>
[Authorize]
public sealed class ClaimModel(ClaimService claims) : PageModel
{
    public IReadOnlyList<ClaimDto> Claims { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Handle { get; set; }

    public string? Error { get; private set; }

    public ClaimDto? Requested { get; private set; }

    public async Task OnGetAsync() => Claims = await claims.MineAsync(User.UserId());

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            Requested = await claims.RequestAsync(User.UserId(), Handle);
            Handle = null;
        }
        catch (Refusal refusal)
        {
            Error = refusal.Message;
        }

        await OnGetAsync();
        return Page();
    }
}
